// The few `chrome.*` calls the browser tier evaluates inside the extension's worker.
declare namespace chrome {
  namespace runtime {
    const id: string;
  }
  namespace tabs {
    interface Tab {
      id?: number;
      url?: string;
      active?: boolean;
    }
    function query(query: Record<string, unknown>): Promise<Tab[]>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
    function getBadgeBackgroundColor(details: { tabId?: number }): Promise<[number, number, number, number]>;
    function getTitle(details: { tabId?: number }): Promise<string>;
  }
  namespace storage {
    interface Area {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const local: Area;
    const session: Area;
  }
}
