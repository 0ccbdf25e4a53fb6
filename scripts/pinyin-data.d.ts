// pinyin-pro ships its data modules without their own declarations; scripts/surnames.ts reads the surname one.
declare module '*/pinyin-pro/dist/esm/data/surname.mjs' {
  const Surnames: Record<string, string>;
  export default Surnames;
}
