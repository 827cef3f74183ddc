// @citation-js/core ships no types; the benches use its Cite class to read RIS as a reference manager would.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string)
    data: Record<string, unknown>[]
  }
}
declare module '@citation-js/plugin-ris'
