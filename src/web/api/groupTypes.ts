// Shapes of the group endpoints. Most come from src/contracts; the "manage" list and editor
// replies are declared in the server's route file, not in the contracts, so they are restated
// here (keep in step with src/server/routes/groups/manage-groups.routes.ts).
import type { FinderAnswersInput, FinderReply } from '../../contracts/finder';
import type { TaxonomyReply as ContractTaxonomy } from '../../contracts/finder';
import type { GroupInput, GroupStatus } from '../../contracts/groups';

export type { FinderReply };
export type FinderBody = FinderAnswersInput;
export type FinderMatch = FinderReply['matches'][number];

/** Categories and topics; `languages` is read if a later server lists them. */
export type TaxonomyReply = ContractTaxonomy & { languages?: string[] };
export type TaxonomyCategory = ContractTaxonomy['categories'][number];

export interface ManagedGroup {
  id: string;
  slug: string;
  name: string;
  status: GroupStatus;
  format: string | null;
  nextStartAt: string | null;
}

export interface ManagedGroupList {
  groups: ManagedGroup[];
  abilities: { create: boolean };
}

export interface ManagedGroupReply {
  id: string;
  facilitatorIds?: string[];
  group: GroupInput;
}
