"use client";

import { useCatalogs, useSchemas } from "@/lib/queries/use-catalog-browser";

type CatalogPickersProps = {
  projectId: string;
  catalogId: string;
  schemaName: string;
  onChange: (browse: { catalogId: string; schemaName: string }) => void;
};

const selectClass = "h-10 w-full rounded-md border border-input bg-card px-3 text-sm";

export function CatalogPickers({ projectId, catalogId, schemaName, onChange }: CatalogPickersProps) {
  const catalogs = useCatalogs(projectId);
  const schemas = useSchemas(projectId, catalogId);
  const visibleCatalogs = (catalogs.data ?? []).filter((catalog) => !catalog.builtIn);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor="wizard-catalog" className="text-sm font-semibold">
          Catalog
        </label>
        <select
          id="wizard-catalog"
          className={selectClass}
          value={catalogId}
          onChange={(event) => onChange({ catalogId: event.target.value, schemaName: "" })}
        >
          <option value="">{catalogs.isPending ? "Loading catalogs…" : "Choose a catalog"}</option>
          {visibleCatalogs.map((catalog) => (
            <option key={catalog.id} value={catalog.id}>
              {catalog.displayName || catalog.name}
            </option>
          ))}
        </select>
        {catalogs.error ? <p className="text-sm text-danger">{catalogs.error.message}</p> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="wizard-schema" className="text-sm font-semibold">
          Schema
        </label>
        <select
          id="wizard-schema"
          className={selectClass}
          value={schemaName}
          disabled={!catalogId}
          onChange={(event) => onChange({ catalogId, schemaName: event.target.value })}
        >
          <option value="">{catalogId && schemas.isPending ? "Loading schemas…" : "Choose a schema"}</option>
          {(schemas.data ?? []).map((schema) => (
            <option key={schema.name} value={schema.name}>
              {schema.name}
            </option>
          ))}
        </select>
        {schemas.error ? <p className="text-sm text-danger">{schemas.error.message}</p> : null}
      </div>
    </div>
  );
}
