/** The native dialogs the services need, injected so tests and the browser harness can answer them. */
export type Dialogs = {
  /**
   * A folder to create a workspace in (or, with its own title, to write or read files in);
   * null when the user cancels.
   */
  chooseParentFolder(defaultPath: string, title?: string): Promise<string | null>;
  /** An existing workspace folder to open; null when the user cancels. */
  chooseWorkspaceFolder(defaultPath: string): Promise<string | null>;
  /** A file to save an export to (the OS asks before overwriting); null when the user cancels. */
  chooseSaveFile?: SaveFileDialog;
};

export type SaveFileOptions = {
  title: string;
  defaultPath: string;
  filters: Array<{ name: string; extensions: string[] }>;
};
export type SaveFileDialog = (options: SaveFileOptions) => Promise<string | null>;
