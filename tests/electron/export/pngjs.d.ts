// Types for the parts of pngjs 7 the export tests use (the package ships none and @types/pngjs is not installed).
declare module 'pngjs' {
  /** A decoded or to-be-encoded PNG: RGBA bytes, 4 per pixel, row by row. */
  export class PNG {
    constructor(options?: { width?: number; height?: number });
    width: number;
    height: number;
    data: Buffer;
    static sync: {
      read(buffer: Buffer): PNG;
      write(png: PNG): Buffer;
    };
  }
}
