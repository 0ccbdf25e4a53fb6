// opencc-js ships each dictionary as its own module ("key value|key value|…") under opencc-js/dict/<name>,
// without type declarations.
declare module 'opencc-js/dict/*' {
  const serialised: string;
  export default serialised;
}
