"""A small test set for regional usage detection, written for it (not from the corpus): news-like
paragraphs in mainland and in Taiwan usage, each in the script its readers use and a few in the
other script. Several hold words ordinary in both regions (执行, 建立, 核心, 设定, 项目, 运行)
that OpenCC's table pairs with another side's word, to catch a detection that one such word
decides. Each row: (region, text)."""

USAGE_TESTSET: tuple[tuple[str, str], ...] = (
    # mainland usage, Simplified
    ("mainland", "国务院常务会议要求各地认真执行新的财政政策，建立健全监督机制，确保资金到位。"),
    ("mainland", "这家公司发布了新款手机，搭载自研芯片，屏幕更大，软件也全面升级。"),
    ("mainland", "市交通局表示，地铁新线下月开通，出租车和公交车将执行新的时刻表。"),
    (
        "mainland",
        "专家表示，人工智能在医疗领域的应用越来越广，医院正在执行数据共享计划，"
        "建立统一的信息平台。",
    ),
    ("mainland", "网络安全部门提醒用户，不要点击陌生链接，及时更新操作系统和杀毒软件。"),
    ("mainland", "据新华社报道，该项目的核心设备已完成调试，工厂将严格执行质量标准。"),
    ("mainland", "这款视频软件的用户突破一亿，公司计划在海外建立新的数据中心。"),
    ("mainland", "会议强调，要把握核心任务，抓好政策执行，按照设定的目标推进改革。"),
    # mainland usage, Traditional (a mainland text reposted in Traditional characters)
    ("mainland", "這家公司發佈了新款手機，搭載自研芯片，屏幕更大，軟件也全面升級。"),
    ("mainland", "網絡安全部門提醒用戶，不要點擊陌生鏈接，及時更新操作系統和殺毒軟件。"),
    # Taiwan usage, Traditional
    ("Taiwan", "這款筆電搭載最新的晶片，螢幕解析度更高，軟體也同步更新。"),
    ("Taiwan", "行政院會通過新的預算案，要求各部會確實執行，並建立透明的監督機制。"),
    ("Taiwan", "多數民眾表示，計程車費率調漲後，改搭公車和捷運，通勤時間也跟著變長。"),
    (
        "Taiwan",
        "資安專家提醒使用者，不要點擊來路不明的連結，並定期更新作業系統與防毒軟體。",
    ),
    ("Taiwan", "這個專案的程式碼已經上傳到網路，工程師正在修改資料庫的設定。"),
    ("Taiwan", "台積電表示，先進製程的晶片產能持續吃緊，記憶體價格也可能上漲。"),
    ("Taiwan", "新的雷射印表機支援無線列印，核心零件由台灣廠商供應，專案預計明年完成。"),
    ("Taiwan", "這個項目的運行成本很高，市府表示將重新檢討，明年再提出新方案。"),
    ("Taiwan", "衛星已進入預定軌道正常運行，太空中心表示，各項參數都符合設定。"),
    # Taiwan usage, Simplified (a Taiwan text converted to Simplified characters)
    ("Taiwan", "这款笔电搭载最新的晶片，萤幕解析度更高，软体也同步更新。"),
    ("Taiwan", "资安专家提醒使用者，不要点击来路不明的连结，并定期更新作业系统与防毒软体。"),
)
