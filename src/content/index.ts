// Content entry: replaced by the content issue.
