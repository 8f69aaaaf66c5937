/** The part of unzip-stream (a dependency of @actions/artifact) the log-archive reader uses. */
declare module 'unzip-stream' {
  import type { Duplex, Readable } from 'node:stream';
  interface Entry extends Readable {
    path: string;
    type: 'File' | 'Directory';
    size?: number;
    autodrain(): void;
  }
  function Parse(options?: { debug?: boolean }): Duplex;
  const unzip: { Parse: typeof Parse };
  export { Entry, Parse };
  export default unzip;
}
