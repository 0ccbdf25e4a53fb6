// Strings of the manifest, the background and the content scripts' own messages. The components' strings live
// beside them (components/*/strings.ts); scripts/locales.ts merges all of them into locales/<lang>.json for WXT i18n.
export const en = {
  extName: 'Briefing Reader',
  extDescription:
    'Read Chinese government press conferences as Q&A sections, switch script, see pinyin and figures, save quotes.',
  badgeTitle: 'Briefing Reader — transcript recognised, $1 questions',
  menuSaveQuote: 'Save quote to Briefing Reader',
  menuOpenReader: 'Open in Briefing Reader',
  cmdToggleReader: 'Open or close the reader view',
  cmdSaveQuote: 'Save the selected text as a quote',
  cmdTogglePinyin: 'Turn pinyin tooltips on or off',
  cmdOpenFigures: 'Open the figures panel',
  toastNotTranscript: 'This page does not look like a press-conference transcript.',
  toastQuoteSaved: 'Quote saved ($1 in your clipboard).',
  toastNothingSelected: 'Select some text first, then save it as a quote.',
  errorNoTab: 'There is no page to act on in this window.',
  errorRestricted: 'The browser does not let extensions read this page.',
  errorPermissionRefused: 'Without access to this site the reader cannot open by itself here.',
  errorPanelShortcut: 'The browser opens the figures panel only from its own controls here: press $1.',
  errorStorageFull: 'Browser storage is full: the quote was not saved. Export and delete some quotes, then try again.',
  errorStorageFailed: 'The quote could not be stored: $1',
  errorPanelPopup:
    'The browser opens the figures panel only from its own controls here: use “Figures panel” in the toolbar popup.',
};

type Strings = Record<keyof typeof en, string>;

export const zh_CN: Strings = {
  extName: '发布会阅读器',
  extDescription: '将中国政府新闻发布会实录整理成问答章节，切换简繁，显示拼音和数据，保存引文。',
  badgeTitle: '发布会阅读器——已识别实录，共 $1 个问题',
  menuSaveQuote: '保存引文到发布会阅读器',
  menuOpenReader: '用发布会阅读器打开',
  cmdToggleReader: '打开或关闭阅读视图',
  cmdSaveQuote: '将选中文字保存为引文',
  cmdTogglePinyin: '开启或关闭拼音提示',
  cmdOpenFigures: '打开数据面板',
  toastNotTranscript: '此页面看起来不是新闻发布会实录。',
  toastQuoteSaved: '引文已保存（共 $1 条）。',
  toastNothingSelected: '请先选中文字，再保存为引文。',
  errorNoTab: '此窗口中没有可操作的页面。',
  errorRestricted: '浏览器不允许扩展读取此页面。',
  errorPermissionRefused: '未获得此网站的访问权限，阅读视图无法在此自动打开。',
  errorPanelShortcut: '浏览器在此只允许从它自己的控件打开数据面板：请按 $1。',
  errorStorageFull: '浏览器存储空间已满，引文未保存。请先导出并删除部分引文，再试一次。',
  errorStorageFailed: '引文无法保存：$1',
  errorPanelPopup: '浏览器在此只允许从它自己的控件打开数据面板：请使用工具栏弹出窗口中的“数据面板”。',
};

export const zh_TW: Strings = {
  extName: '記者會閱讀器',
  extDescription: '將中國政府記者會實錄整理成問答章節，切換簡繁，顯示拼音和數據，儲存引文。',
  badgeTitle: '記者會閱讀器——已識別實錄，共 $1 個問題',
  menuSaveQuote: '儲存引文到記者會閱讀器',
  menuOpenReader: '用記者會閱讀器開啟',
  cmdToggleReader: '開啟或關閉閱讀檢視',
  cmdSaveQuote: '將選取文字儲存為引文',
  cmdTogglePinyin: '開啟或關閉拼音提示',
  cmdOpenFigures: '開啟數據面板',
  toastNotTranscript: '此頁面看起來不是記者會實錄。',
  toastQuoteSaved: '引文已儲存（共 $1 則）。',
  toastNothingSelected: '請先選取文字，再儲存為引文。',
  errorNoTab: '此視窗中沒有可操作的頁面。',
  errorRestricted: '瀏覽器不允許擴充功能讀取此頁面。',
  errorPermissionRefused: '未取得此網站的存取權限，閱讀檢視無法在此自動開啟。',
  errorPanelShortcut: '瀏覽器在此只允許從它自己的控制項開啟數據面板：請按 $1。',
  errorStorageFull: '瀏覽器儲存空間已滿，引文未儲存。請先匯出並刪除部分引文，再試一次。',
  errorStorageFailed: '引文無法儲存：$1',
  errorPanelPopup: '瀏覽器在此只允許從它自己的控制項開啟數據面板：請使用工具列彈出視窗中的「數據面板」。',
};
