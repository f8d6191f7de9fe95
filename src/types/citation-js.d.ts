// citation-js 0.8 ships no TypeScript types; this is the part the exports use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    static async(data: unknown): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string | unknown[];
  }
  export const plugins: {
    config: { get(name: string): { format: Record<string, unknown> } & Record<string, unknown> };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
