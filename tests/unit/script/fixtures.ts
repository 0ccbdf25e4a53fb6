import { pageIds, readPage, readPageJson, sourceFile } from '../fixture-pages';

export interface Fixture {
  id: string;
  lang: string;
  url: string;
  text: string;
}

/** Every fixture page's text (HTML pages with their tags removed) and meta. */
export function fixtures(): Fixture[] {
  return pageIds().map((id) => fixture(id));
}

export function fixture(id: string): Fixture {
  const meta = readPageJson<{ lang: string; source_url: string }>(id, 'meta.json');
  const file = sourceFile(id);
  let text = readPage(id, file);
  if (file === 'source.html') text = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');
  return { id, lang: meta.lang, url: meta.source_url, text };
}
