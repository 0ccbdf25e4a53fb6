// Big5-gateway copies of mainland pages were produced with Taiwan phrase conversion (互联网 → 網際網路). Going back
// with opencc-js's full reverse table (TWPhrasesRev) also rewrites words that were mainland wording all along,
// because many of its Taiwan-side words are everyday mainland vocabulary too: 核心 → 内核, 建立 → 创建,
// 文件 → 文档, 执行 → 运行, 指标 → 指针… Those entries are left out of the reverse table used for gateway pages.
// Kept on purpose although also mainland words: 支援 (the gateway's rendering of 支持, far more frequent in
// mainland text), 資訊, 網路, 軟體, 硬體 — their reversal is what a gateway copy needs.
export const TW_PHRASES_ALSO_MAINLAND: ReadonlySet<string> = new Set(
  (
    '核心 建立 互動 互動式 複製 開啟 智慧 資料 執行 整合 文件 新增 查詢 程序 裝置 設定 通訊 過載 行程 線上 ' +
    '聯絡 變數 類比 向量 檔案 簡報 簡訊 即時 效能 影像 影片 影印 呼叫 回撥 宣告 專案 序列 儲存 傳送 元件 ' +
    '批次 遮蔽 外接 外掛 陣列 連線 自閉症 社群 觸控 塑膠 冷盤 冰棒 乳酪 白血球 紅血球 血紅素 存取 存檔 ' +
    '取樣 搜尋 物件 相容 進階 釋出 截圖 高階 低階 擴音 撥出 列舉 剪下 匯入 匯出 區域性 圖示 堆疊 指標 ' +
    '桌布 檢視 稽核 離線 使用者 停用 優先順序 啟用'
  ).split(' '),
);
