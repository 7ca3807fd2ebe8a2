export { FILL_STATES, fillStateOf, toLogRow, toLogDetail, type FillState, type AgentInfo, type AgentDirectory, type LogRow, type LogDetail, type RowContext } from './log-row';
export {
  OUTCOME_FILTERS,
  EMPTY_FILTER,
  SORT_KEYS,
  DEFAULT_SORT,
  logFilterSchema,
  logSortSchema,
  compileFilter,
  filterRows,
  sortRows,
  nextDay,
  type LogFilter,
  type LogSort,
  type SortKey,
  type OutcomeFilter,
} from './filter';
