// Stand-in when the shared scoring tool is not beside the project: fail loudly rather than pass silently.
console.error('corpus: ../shared/tools/eval-corpus.mjs not found; the corpus cannot be scored on this checkout.');
process.exit(1);
