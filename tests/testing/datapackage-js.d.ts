/**
 * The parts of datapackage-js (npm "datapackage", the Frictionless Data reference library for JavaScript) and of
 * its tableschema-js that tests/unit/datapackage.test.ts uses; neither ships type declarations.
 */
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    readonly descriptor: Record<string, unknown>;
    readonly valid: boolean;
    readonly errors: Error[];
    /** The resource's bytes, read from its path relative to the package's base path. */
    rawRead(): Promise<Uint8Array>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

declare module "tableschema" {
  export interface TableSchemaDescriptor {
    fields: { name: string }[];
  }
  export class Schema {
    static load(descriptor: object, options?: { strict?: boolean }): Promise<Schema>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly fieldNames: string[];
  }
  export class Table {
    /** A table from rows given inline: the first row is the header. */
    static load(source: unknown[][], options: { schema: object }): Promise<Table>;
    /** The rows cast to the schema's types; rejects with `errors` listing every value that breaks it. */
    read(options: { keyed: true }): Promise<Record<string, unknown>[]>;
  }
}
