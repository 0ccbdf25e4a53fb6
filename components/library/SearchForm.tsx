// The query and its filters. Speakers and outlets to pick from are those the current results hold.
import { useState } from 'preact/hooks';
import type { Facets, Filters } from '../../lib/library/results';
import type { LibraryTranslate } from './strings';

export interface SearchProps {
  t: LibraryTranslate;
  query: string;
  filters: Filters;
  facets: Facets | null;
  sites: string[];
  onSearch: (query: string, filters: Filters) => void;
}

function Choice(props: {
  name: keyof Filters;
  label: string;
  any: string;
  value: string | undefined;
  options: string[];
  onPick: (v: string | undefined) => void;
}) {
  const options = props.value && !props.options.includes(props.value) ? [props.value, ...props.options] : props.options;
  return (
    <label class="lb-filter">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onPick((e.currentTarget as HTMLSelectElement).value || undefined)}
      >
        <option value="">{props.any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SearchForm({ t, query, filters, facets, sites, onSearch }: SearchProps) {
  const [text, setText] = useState(query);
  const pick = (key: keyof Filters) => (v: string | undefined) => onSearch(text, { ...filters, [key]: v });
  const date = (key: 'from' | 'to', label: string) => (
    <label class="lb-filter">
      <span>{label}</span>
      <input
        type="date"
        name={key}
        value={filters[key] ?? ''}
        onChange={(e) => pick(key)((e.currentTarget as HTMLInputElement).value || undefined)}
      />
    </label>
  );
  return (
    <form
      class="lb-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        // The field itself, not the last input event: a composition (IME) may still be settling.
        const field = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement | null;
        onSearch(field?.value ?? text, filters);
      }}
    >
      <label class="lb-query">
        <span>{t('librarySearchLabel')}</span>
        <input
          type="search"
          name="q"
          value={text}
          lang="zh"
          placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">{t('librarySearch')}</button>
      <div class="lb-filters">
        <Choice
          name="speaker"
          label={t('libraryFilterSpeaker')}
          any={t('libraryFilterAny')}
          value={filters.speaker}
          options={facets?.bySpeaker.map((r) => r[0]) ?? []}
          onPick={pick('speaker')}
        />
        <Choice
          name="outlet"
          label={t('libraryFilterOutlet')}
          any={t('libraryFilterAny')}
          value={filters.outlet}
          options={facets?.byOutlet.map((r) => r[0]) ?? []}
          onPick={pick('outlet')}
        />
        <Choice
          name="site"
          label={t('libraryFilterSite')}
          any={t('libraryFilterAny')}
          value={filters.site}
          options={sites}
          onPick={pick('site')}
        />
        {date('from', t('libraryFilterFrom'))}
        {date('to', t('libraryFilterTo'))}
      </div>
    </form>
  );
}
