// Worker entry: replaced by the worker issue.
