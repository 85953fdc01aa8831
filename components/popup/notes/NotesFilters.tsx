/** The search box, the filters (site, outlet, tag, kind, orphaned) and the sort order. */
import type { NoteFacets, NoteFilter, NoteSort } from '@/lib/notes/filter';
import { KIND_LABELS, ORPHANED_LABEL } from '@/lib/notes/labels';
import { NOTE_KINDS, type NoteKind } from '@/lib/notes/schema';

/** Props of {@link NotesFilters}. */
export interface NotesFiltersProps {
  query: string;
  onQuery: (query: string) => void;
  filter: NoteFilter;
  onFilter: (filter: NoteFilter) => void;
  sort: NoteSort;
  onSort: (sort: NoteSort) => void;
  facets: NoteFacets;
}

type Choice = 'site' | 'outletId' | 'tag';

function FacetSelect(props: {
  label: string;
  field: Choice;
  values: NoteFacets['sites'];
  filter: NoteFilter;
  onFilter: (filter: NoteFilter) => void;
}) {
  const id = `bs-filter-${props.field}`;
  return (
    <div class="bs-field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.filter[props.field] ?? ''}
        onChange={(event) =>
          props.onFilter({ ...props.filter, [props.field]: event.currentTarget.value || null })
        }
      >
        <option value="">All</option>
        {props.values.map(({ value, count }) => (
          <option value={value} key={value}>
            {value} ({count})
          </option>
        ))}
      </select>
    </div>
  );
}

function activeCount(filter: NoteFilter): number {
  return (
    [filter.site, filter.outletId, filter.tag, filter.kind].filter((value) => value !== null).length +
    (filter.orphanedOnly ? 1 : 0)
  );
}

/** Renders the search box, with the filters and sort behind a disclosure to save room. */
export function NotesFilters(props: NotesFiltersProps) {
  const { filter, onFilter, facets } = props;
  const active = activeCount(filter);
  return (
    <div class="bs-notes-filters">
      <label class="bs-visually-hidden" for="bs-notes-search">
        Search notes
      </label>
      <input
        id="bs-notes-search"
        type="search"
        placeholder="Search notes, quotes, tags, addresses"
        value={props.query}
        onInput={(event) => props.onQuery(event.currentTarget.value)}
      />
      <details>
        <summary>Filter and sort{active > 0 ? ` (${active} on)` : ''}</summary>
        <div class="bs-filter-grid">
          <div class="bs-field">
            <label for="bs-filter-kind">Kind</label>
            <select
              id="bs-filter-kind"
              value={filter.kind ?? ''}
              onChange={(event) =>
                onFilter({ ...filter, kind: (event.currentTarget.value || null) as NoteKind | null })
              }
            >
              <option value="">All</option>
              {NOTE_KINDS.map((kind) => (
                <option value={kind} key={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          <div class="bs-field">
            <label for="bs-notes-sort">Sort</label>
            <select
              id="bs-notes-sort"
              value={props.sort}
              onChange={(event) => props.onSort(event.currentTarget.value as NoteSort)}
            >
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </div>
          <FacetSelect label="Site" field="site" values={facets.sites} filter={filter} onFilter={onFilter} />
          <FacetSelect
            label="Outlet"
            field="outletId"
            values={facets.outlets}
            filter={filter}
            onFilter={onFilter}
          />
          <FacetSelect label="Tag" field="tag" values={facets.tags} filter={filter} onFilter={onFilter} />
          <label class="bs-switch bs-field-wide">
            <input
              type="checkbox"
              checked={filter.orphanedOnly}
              onChange={(event) => onFilter({ ...filter, orphanedOnly: event.currentTarget.checked })}
            />
            Only “{ORPHANED_LABEL.toLowerCase()}”
          </label>
        </div>
      </details>
    </div>
  );
}
