// The list of questions, each a link to its section. Links use real #ids (so they can be copied), but the click
// is handled by the reader: the section lives in a shadow root where the page's own hash navigation cannot reach.
import type { Section, Turn } from '../../lib/transcript/types';
import { useSectionHref } from './page-url';
import { sectionSummary } from './SectionView';
import type { Translate } from './strings';

export interface OutlineProps {
  sections: readonly Section[];
  ids: readonly string[];
  turns: readonly Turn[];
  visible: readonly boolean[];
  t: Translate;
  onGo(index: number): void;
}

export function Outline({ sections, ids, turns, visible, t, onGo }: OutlineProps) {
  const href = useSectionHref();
  const items = sections.flatMap((section, i) => (section.kind === 'exchange' && visible[i] ? [{ section, i }] : []));
  if (items.length === 0) return null;
  return (
    <nav class="br-outline" aria-labelledby="br-outline-h">
      <h2 id="br-outline-h" class="br-outline-heading">
        {t('readerOutline')}
      </h2>
      <ol>
        {items.map(({ section, i }) => {
          const { title, excerpt } = sectionSummary(section, turns, t);
          return (
            <li key={ids[i]}>
              <a
                href={href(ids[i]!)}
                onClick={(e) => {
                  e.preventDefault();
                  onGo(i);
                }}
              >
                <span class="br-outline-num">{section.number ?? i + 1}</span>
                <span class="br-outline-outlet">{title}</span>
                <span class="br-outline-excerpt">{excerpt}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
