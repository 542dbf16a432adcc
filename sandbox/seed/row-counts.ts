import { CRM_COUNTS, ODD_TABLE } from "./crm";
import { CAMPAIGN_ROWS } from "./marketing";
import { EXTRA_COUNTS, PAYMENT_COUNTS } from "./payment";

/** Rows each seeded source table starts with, by table name (the names are unique across the seed's catalogs). */
export const SEEDED_ROWS: Readonly<Record<string, number>> = {
  ...PAYMENT_COUNTS,
  ...EXTRA_COUNTS,
  companies: CRM_COUNTS.companies,
  contacts: CRM_COUNTS.contacts,
  deals: CRM_COUNTS.deals,
  contact_lookup: 0,
  [ODD_TABLE]: CRM_COUNTS.odd,
  campaigns: CAMPAIGN_ROWS,
};
