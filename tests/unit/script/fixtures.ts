import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = join(__dirname, '../../fixtures/pages');

export interface Fixture {
  id: string;
  lang: string;
  url: string;
  text: string;
}

/** Every fixture page's text (HTML pages with their tags removed) and meta. */
export function fixtures(): Fixture[] {
  return readdirSync(PAGES)
    .sort()
    .map((id) => {
      const dir = join(PAGES, id);
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { lang: string; source_url: string };
      const file = readdirSync(dir).find((f) => f.startsWith('source.')) ?? 'source.txt';
      let text = readFileSync(join(dir, file), 'utf8');
      if (file.endsWith('.html'))
        text = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
      return { id, lang: meta.lang, url: meta.source_url, text };
    });
}

export function fixture(id: string): Fixture {
  const f = fixtures().find((x) => x.id === id);
  if (!f) throw new Error(`no fixture ${id}`);
  return f;
}
