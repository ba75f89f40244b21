// Shapes of the group endpoints, from src/contracts.
import type { FinderAnswersInput, FinderReply } from '../../contracts/finder';
import type { TaxonomyReply } from '../../contracts/finder';
import type { GroupEditorReply } from '../../contracts/groups';

export type { FinderReply, TaxonomyReply };
export type { ManagedGroup, ManagedGroupList } from '../../contracts/groups';
export type FinderBody = FinderAnswersInput;
export type FinderMatch = FinderReply['matches'][number];
export type TaxonomyCategory = TaxonomyReply['categories'][number];
export type ManagedGroupReply = GroupEditorReply;
