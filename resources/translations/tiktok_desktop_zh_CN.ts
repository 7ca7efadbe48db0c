<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Age</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Import your TikTok Studio data (File &gt; Import TikTok Studio data…) to see who your followers are, when they are active, your profile views and a year of daily history.</source>
        <translation>导入你的 TikTok Studio 数据（文件 &gt; 导入 TikTok Studio 数据…），即可查看你的粉丝是谁、何时活跃、主页访问量以及一年的每日历史。</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Top territories</source>
        <translation>主要国家/地区</translation>
    </message>
    <message>
        <source>When your followers are active</source>
        <translation>粉丝活跃时段</translation>
    </message>
    <message>
        <source>When your posts did best (median views)</source>
        <translation>你的作品表现最好的时段（播放量中位数）</translation>
    </message>
    <message>
        <source>From your TikTok Studio download of %1.</source>
        <translation>来自你 %1 下载的 TikTok Studio 数据。</translation>
    </message>
    <message numerus="yes">
        <source>Active hours: %n days of follower activity over every import.</source>
        <translation>
            <numerusform>活跃时段：所有导入共计 %Ln 天的粉丝活跃数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundKeeper</name>
    <message>
        <source>Still collecting</source>
        <translation>仍在收集数据</translation>
    </message>
    <message>
        <source>TikTok Creator Desktop goes on refreshing your numbers while its window is closed. Open it again from the tray icon; choose Quit there to stop. You can change this in Preferences.</source>
        <translation>关闭窗口后，TikTok Creator Desktop 会继续在后台刷新你的数据。点击托盘图标可以重新打开窗口；在托盘菜单中选择“退出”即可停止。可在“偏好设置”中更改此项。</translation>
    </message>
    <message>
        <source>The scheduled sync is removed.</source>
        <translation>已移除定时同步。</translation>
    </message>
    <message>
        <source>Your numbers will be collected even when the app is not running (%1).</source>
        <translation>即使应用未运行，也会定时收集你的数据（%1）。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Banners</name>
    <message>
        <source>Demo data: these numbers belong to a made-up creator, not to you.</source>
        <translation>演示数据：这些数字属于一位虚构的创作者，并非您的账号。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Landscape, Full HD (YouTube, slides)</source>
        <translation>横屏全高清（YouTube、幻灯片）</translation>
    </message>
    <message>
        <source>Portrait, Full HD (TikTok, Stories)</source>
        <translation>竖屏全高清（TikTok、快拍）</translation>
    </message>
    <message>
        <source>Square (Instagram post)</source>
        <translation>方形（Instagram 帖子）</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>近 %1 天</translation>
    </message>
    <message>
        <source>demo data (a made-up creator)</source>
        <translation>演示数据（虚构的创作者）</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Views: %1 · Likes: %2 · Comments: %3 · Shares: %4</source>
        <translation>播放：%1 · 点赞：%2 · 评论：%3 · 分享：%4</translation>
    </message>
    <message>
        <source>Engagement: %1</source>
        <translation>互动率：%1</translation>
    </message>
    <message>
        <source>Views per day: %1 (24 h) · %2 (7 days)</source>
        <translation>日均播放：%1（24 小时）· %2（7 天）</translation>
    </message>
    <message>
        <source>Nothing to show for this period</source>
        <translation>这段时间没有可显示的数据</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Followers gained per day</source>
        <translation>每日新增粉丝</translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation>粉丝：%1</translation>
    </message>
    <message>
        <source>From TikTok Studio (the app took no snapshot that day)</source>
        <translation>来自 TikTok Studio（本应用当天没有记录快照）</translation>
    </message>
    <message>
        <source>%1 since the previous snapshot</source>
        <translation>较上一次快照 %1</translation>
    </message>
    <message>
        <source>%1: not enough snapshots that day and the day before</source>
        <translation>%1：当天或前一天的快照不足，无法计算</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follower(s) gained</source>
        <translation>
            <numerusform>%1：涨粉 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follower(s) lost</source>
        <translation>
            <numerusform>%1：掉粉 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured from %1 to %2</source>
        <translation>统计区间：%1 至 %2</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Views (log scale)</source>
        <translation>播放量（对数刻度）</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Engagement rate (%)</source>
        <translation>互动率（%）</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Rolling median (%1 videos)</source>
        <translation>滚动中位数（%1 个视频）</translation>
    </message>
    <message>
        <source>Posting times</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Hour of posting (your time zone, %1)</source>
        <translation>发布时段（你的时区，%1）</translation>
    </message>
    <message>
        <source>Median views</source>
        <translation>播放量中位数</translation>
    </message>
    <message>
        <source>Nothing posted</source>
        <translation>没有发布</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>median views %1</source>
        <translation>播放量中位数 %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Duration (seconds, log scale)</source>
        <translation>时长（秒，对数刻度）</translation>
    </message>
    <message>
        <source>Median of the duration bucket</source>
        <translation>该时长区间的中位数</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <source>Average views of the videos with the hashtag</source>
        <translation>带该话题标签的视频平均播放量</translation>
    </message>
    <message>
        <source>Average views: %1</source>
        <translation>平均播放：%1</translation>
    </message>
    <message>
        <source>Average engagement: %1</source>
        <translation>平均互动率：%1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date axis: a day (a QDateTime format)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>date axis: a year (a QDateTime format)</comment>
        <translation>yyyy年</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date axis: a month (a QDateTime format)</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>Daily views</source>
        <translation>每日播放量</translation>
    </message>
    <message>
        <source>Video views a day</source>
        <translation>每日视频播放量</translation>
    </message>
    <message>
        <source>Profile views a day</source>
        <translation>每日主页访问量</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>视频播放量</translation>
    </message>
    <message>
        <source>Profile views</source>
        <translation>主页访问量</translation>
    </message>
    <message>
        <source>No TikTok Studio data imported yet</source>
        <translation>尚未导入 TikTok Studio 数据</translation>
    </message>
    <message>
        <source>Daily views come from TikTok Studio&apos;s data download: import it with File &gt; Import TikTok Studio data… (Ctrl+I), or drop the downloaded zips on this window.</source>
        <translation>每日播放量来自 TikTok Studio 的数据下载：通过“文件 &gt; 导入 TikTok Studio 数据…”（Ctrl+I）导入，或把下载的 zip 文件拖到此窗口。</translation>
    </message>
    <message>
        <source>Import TikTok Studio data…</source>
        <translation>导入 TikTok Studio 数据…</translation>
    </message>
    <message>
        <source>Your imported TikTok Studio data ends on %1, before this period: import a newer download with File &gt; Import TikTok Studio data… (Ctrl+I), or drop its zips on this window.</source>
        <translation>已导入的 TikTok Studio 数据截至 %1，早于这个时间段：请通过“文件 &gt; 导入 TikTok Studio 数据…”（Ctrl+I）导入更新的下载，或把它的 zip 文件拖到此窗口。</translation>
    </message>
    <message>
        <source>Video views: %1</source>
        <translation>视频播放量：%1</translation>
    </message>
    <message>
        <source>Profile views: %1</source>
        <translation>主页访问量：%1</translation>
    </message>
    <message>
        <source>Viewers: %1 (new %2, returning %3)</source>
        <translation>观众：%1（新观众 %2，回访观众 %3）</translation>
    </message>
    <message>
        <source>Likes: %1 · Comments: %2 · Shares: %3</source>
        <translation>点赞：%1 · 评论：%2 · 分享：%3</translation>
    </message>
    <message>
        <source>From TikTok Studio</source>
        <translation>来自 TikTok Studio</translation>
    </message>
    <message>
        <source>Active followers</source>
        <translation>活跃粉丝</translation>
    </message>
    <message>
        <source>Hour (your time zone)</source>
        <translation>小时（你的时区）</translation>
    </message>
    <message>
        <source>Not in any import yet</source>
        <translation>尚无导入数据</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s) active on average</source>
        <translation>
            <numerusform>平均 %Ln 位粉丝活跃</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Loading charts…</source>
        <translation>正在加载图表…</translation>
    </message>
    <message>
        <source>Charts are unavailable (%1). Details are in the log file.</source>
        <translation>图表不可用（%1）。详情见日志文件。</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>28 days</source>
        <translation>28 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show videos published and snapshots taken in this period</source>
        <translation>显示这段时间内发布的视频和记录的快照</translation>
    </message>
    <message>
        <source>Right-click a chart to export it</source>
        <translation>右键点击图表即可导出</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation>粉丝数随时间的变化</translation>
    </message>
    <message>
        <source>Gained per day</source>
        <translation>每日新增</translation>
    </message>
    <message>
        <source>Followers gained each day; shaded days lack snapshots</source>
        <translation>每天新增的粉丝；阴影表示当天缺少快照</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save as PNG at a chosen size…</source>
        <translation>按指定尺寸保存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>主页资料</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>waiting for another sync...</source>
        <translation>正在等待另一个同步完成…</translation>
    </message>
    <message>
        <source>videos: %1</source>
        <translation>视频：%1</translation>
    </message>
    <message numerus="yes">
        <source>upgrading the history (once): %1/%n videos</source>
        <translation>
            <numerusform>正在升级历史数据（仅一次）：%1/%Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the history (once)...</source>
        <translation>正在升级历史数据（仅一次）…</translation>
    </message>
    <message>
        <source>export chart needs a chart name: one of %1</source>
        <translation>export chart 需要图表名称：%1 之一</translation>
    </message>
    <message>
        <source>a chart name goes with &apos;export chart&apos;, not with &apos;export %1&apos;</source>
        <translation>图表名称只能与 export chart 一起使用，不能用于 export %1</translation>
    </message>
    <message>
        <source>--out: the file name must end in %1</source>
        <translation>--out：文件名必须以 %1 结尾</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>--size must look like 1600x900 (100 to 10000 pixels a side) or name a preset, not %1</source>
        <translation>--size 应为 1600x900 这样的格式（每边 100 到 10000 像素）或预设名称，而不是 %1</translation>
    </message>
    <message>
        <source>Wrote the %1 chart to %2.</source>
        <translation>已将 %1 图表写入 %2。</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>已将报告写入 %1。</translation>
    </message>
    <message>
        <source>Source: %1 (setting: %2)</source>
        <translation>数据来源：%1（设置：%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No accounts yet: run &apos;tiktok-desktop sync&apos;.</source>
        <translation>还没有账号：请运行 tiktok-desktop sync。</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n videos of %1.</source>
        <translation>
            <numerusform>已同步 %1 的 %Ln 个视频。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n videos to %1.</source>
        <translation>
            <numerusform>已将 %Ln 个视频写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%Ln 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account snapshots</source>
        <translation>
            <numerusform>%Ln 个账号快照</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln 天的数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3 to %4.</source>
        <translation>已将 %1、%2和 %3写入 %4。</translation>
    </message>
    <message>
        <source>followers unknown</source>
        <translation>粉丝数未知</translation>
    </message>
    <message numerus="yes">
        <source>%n followers</source>
        <translation>
            <numerusform>%Ln 粉丝</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: @%2 (%3), %4, %5, last sync %6</source>
        <translation>%1：@%2（%3），%4，%5，上次同步 %6</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n videos stored</source>
        <translation>
            <numerusform>已存储 %Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this page to sign in with TikTok:</source>
        <translation>打开此页面以使用 TikTok 登录：</translation>
    </message>
    <message>
        <source>Signed in as @%1</source>
        <translation>已登录为 @%1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %n checks</source>
        <translation>
            <numerusform>自检失败：%Ln 项检查未通过</numerusform>
        </translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>internal error (%1); details are in the log file.</source>
        <translation>内部错误（%1）；详细信息见日志文件。</translation>
    </message>
    <message>
        <source>%1: error: %2 (see --help)</source>
        <translation>%1：错误：%2（请参阅 --help）</translation>
    </message>
    <message>
        <source>Analytics for TikTok creators.</source>
        <translation>面向 TikTok 创作者的数据分析工具。</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>build the main window on demo data, check keyring, HTTP client and resources, then exit</source>
        <translation>用演示数据构建主窗口，检查密钥环、HTTP 客户端和资源，然后退出</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>start the app (the default)</source>
        <translation>启动应用（默认）</translation>
    </message>
    <message>
        <source>sign in with TikTok (official API)</source>
        <translation>使用 TikTok 登录（官方 API）</translation>
    </message>
    <message>
        <source>only print the sign-in URL</source>
        <translation>只显示登录网址</translation>
    </message>
    <message>
        <source>give up after S seconds</source>
        <translation>S 秒后放弃</translation>
    </message>
    <message>
        <source>revoke and delete the stored tokens</source>
        <translation>撤销并删除已保存的令牌</translation>
    </message>
    <message>
        <source>fetch the profile and every video into the local history</source>
        <translation>获取主页资料和所有视频，存入本地历史记录</translation>
    </message>
    <message>
        <source>default: from the settings</source>
        <translation>默认：使用设置中的值</translation>
    </message>
    <message>
        <source>the TikTok username (TikAPI source)</source>
        <translation>TikTok 用户名（TikAPI 数据来源）</translation>
    </message>
    <message>
        <source>when another sync is running (the app&apos;s, a scheduled one), wait for it at most S seconds (default 900), then fail</source>
        <translation>如果另一个同步正在进行（应用内的或定时的），最多等待 S 秒（默认 900），然后失败</translation>
    </message>
    <message>
        <source>when another sync is running, skip this one (exit 0, saying so) instead of waiting</source>
        <translation>如果另一个同步正在进行，则跳过本次同步（退出码 0，并给出说明），不再等待</translation>
    </message>
    <message>
        <source>print nothing unless it fails (scheduled syncs); the log file records each run</source>
        <translation>除非失败，否则不输出任何内容（用于定时同步）；每次运行都会记录在日志文件中</translation>
    </message>
    <message>
        <source>export the video table or a chart</source>
        <translation>导出视频表格或图表</translation>
    </message>
    <message>
        <source>the video table (csv, xlsx), one chart (.png or .svg) or the PDF report</source>
        <translation>视频表格（csv、xlsx）、单个图表（.png 或 .svg）或 PDF 报告</translation>
    </message>
    <message>
        <source>the chart, with &apos;chart&apos;</source>
        <translation>图表名称，与 chart 一起使用</translation>
    </message>
    <message>
        <source>the file to write; its extension: .csv, .xlsx, .png or .svg (chart), .pdf (report)</source>
        <translation>要写入的文件；扩展名：.csv、.xlsx、.png 或 .svg（图表）、.pdf（报告）</translation>
    </message>
    <message>
        <source>chart size in pixels, or a preset: default (1200x700), landscape (1920x1080), portrait (1080x1920), square (1080x1080)</source>
        <translation>图表尺寸（像素）或预设：default（1200x700）、landscape（1920x1080）、portrait（1080x1920）、square（1080x1080）</translation>
    </message>
    <message>
        <source>days of data in charts and the report (default: all)</source>
        <translation>图表和报告包含的天数（默认：all，全部）</translation>
    </message>
    <message>
        <source>account, source, last sync and counts</source>
        <translation>账号、数据来源、上次同步时间和数量</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>expected a number of seconds, not %1</source>
        <translation>需要秒数，而不是 %1</translation>
    </message>
    <message>
        <source>expected 0 to 86400 seconds</source>
        <translation>需要 0 到 86400 秒</translation>
    </message>
    <message>
        <source>must be a date like 2026-08-09, not %1</source>
        <translation>必须是 2026-08-09 这样的日期，而不是 %1</translation>
    </message>
    <message>
        <source>import history from files</source>
        <translation>从文件导入历史数据</translation>
    </message>
    <message>
        <source>studio: TikTok Studio&apos;s Download data (zips or CSVs)</source>
        <translation>studio：TikTok Studio 的“下载数据”（zip 或 CSV 文件）</translation>
    </message>
    <message>
        <source>the zips, CSVs or folders</source>
        <translation>zip、CSV 文件或文件夹</translation>
    </message>
    <message>
        <source>the account to import into (see status); default: the files&apos; @handle</source>
        <translation>要导入到的账号（见 status）；默认：文件中的 @用户名 对应的账号</translation>
    </message>
    <message>
        <source>the day CSVs taken out of the zips were downloaded (default: Content.csv&apos;s Time, else their modification time)</source>
        <translation>从 zip 中解压出的 CSV 文件的下载日期（默认：Content.csv 的 Time 列，否则取文件的修改时间）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Loose CSVs: export day %1, as given with --exported.</source>
        <translation>单独的 CSV 文件：导出日期为 %1（由 --exported 指定）。</translation>
    </message>
    <message>
        <source>Content.csv&apos;s Time column</source>
        <translation>Content.csv 的 Time 列</translation>
    </message>
    <message>
        <source>the files&apos; modification time</source>
        <translation>文件的修改时间</translation>
    </message>
    <message>
        <source>Loose CSVs: their names do not say when they were downloaded; taken as %1 (from %2). If that is wrong, import them again with --exported YYYY-MM-DD.</source>
        <translation>单独的 CSV 文件：文件名未注明下载日期，已按 %1 处理（来源：%2）。如有误，请加上 --exported YYYY-MM-DD 重新导入。</translation>
    </message>
    <message>
        <source>Nothing to import for %1: the files hold no days, follower activity or audience.</source>
        <translation>没有可导入 %1 的数据：这些文件中没有每日数据、粉丝活跃数据或观众数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n days (%1 to %2)</source>
        <translation>
            <numerusform>%Ln 天（%1 至 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity</source>
        <translation>
            <numerusform>%Ln 小时的粉丝活跃数据</numerusform>
        </translation>
    </message>
    <message>
        <source>the audience of %1</source>
        <translation>观众数据（%1）</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>已将 %1 导入 %2。</translation>
    </message>
    <message>
        <source>Already imported: %1 of %2; nothing new in these files.</source>
        <translation>已导入过：%2 的 %1；这些文件中没有新数据。</translation>
    </message>
    <message>
        <source>Not among these files: %1 (import them too for the full history).</source>
        <translation>这些文件中缺少：%1（一并导入才能得到完整的历史数据）。</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your data is safe; the app keeps running, but what you were doing may not have finished. The details could not be written to a log file.</source>
        <translation>出错了（{name}）。你的数据是安全的，应用会继续运行，但刚才的操作可能没有完成。详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your data is safe; the app keeps running, but what you were doing may not have finished. Details are in the log file: {path}</source>
        <translation>出错了（{name}）。你的数据是安全的，应用会继续运行，但刚才的操作可能没有完成。详细信息在日志文件中：{path}</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your app&apos;s credentials</source>
        <translation>您的应用凭据</translation>
    </message>
    <message>
        <source>Copy them from your app&apos;s page at developers.tiktok.com.</source>
        <translation>请从 developers.tiktok.com 上您的应用页面复制。</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key（客户端密钥）</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret（客户端密码）</translation>
    </message>
    <message>
        <source>The secret is stored in your system&apos;s keyring, never in a file.</source>
        <translation>密码保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>No system keyring keeps secrets on this computer, and the app never writes the secret to a file: it is kept only until the app closes, and asked for again next time.</source>
        <translation>这台电脑上没有能保存密码的系统钥匙串，而应用绝不会把密码写入文件：它只保留到应用关闭，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>%1 is set in the environment and takes precedence over what you enter here.</source>
        <translation>环境变量 %1 已设置，它优先于您在此处填写的内容。</translation>
    </message>
    <message>
        <source>The client key is 8 to 64 letters and digits, without spaces.</source>
        <translation>Client key 由 8 到 64 个字母和数字组成，不含空格。</translation>
    </message>
    <message>
        <source>The client secret is 16 to 128 letters, digits, - or _, without spaces.</source>
        <translation>Client secret 由 16 到 128 个字母、数字、- 或 _ 组成，不含空格。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Sign in with TikTok</source>
        <translation>使用 TikTok 登录</translation>
    </message>
    <message>
        <source>Set up TikAPI</source>
        <translation>设置 TikAPI</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>使用演示数据</translation>
    </message>
    <message>
        <source>No TikAPI data yet</source>
        <translation>还没有 TikAPI 数据</translation>
    </message>
    <message>
        <source>Nothing has been fetched through TikAPI yet. Check the key and the username in the set-up, then press Refresh (F5).</source>
        <translation>还没有通过 TikAPI 获取任何数据。请在设置向导中检查密钥和用户名，然后按“刷新”(F5)。</translation>
    </message>
    <message>
        <source>Not signed in yet</source>
        <translation>尚未登录</translation>
    </message>
    <message>
        <source>Sign in with your TikTok account to see your own numbers; the app keeps their history from then on. Or follow a public profile through TikAPI, or look around with demo data.</source>
        <translation>使用您的 TikTok 账号登录即可查看自己的数据，应用会从那时起保存历史记录。您也可以通过 TikAPI 关注一个公开主页，或先用演示数据看看。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>出现问题：{detail}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Another copy of this app kept {path} locked for more than {seconds} seconds. Try again in a moment.</source>
        <translation>本应用的另一个副本锁定 {path} 已超过 {seconds} 秒。请稍后再试。</translation>
    </message>
    <message>
        <source>Another sync is running, so this one was skipped.</source>
        <translation>另一个同步正在进行，本次同步已跳过。</translation>
    </message>
    <message>
        <source>Another sync was still running after {seconds} seconds, so this one gave up. It will run next time.</source>
        <translation>另一个同步在 {seconds} 秒后仍未结束，本次同步已放弃，下次会再运行。</translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a database. Move it aside to start with an empty one; the old file is kept.</source>
        <translation>数据库 {path} 已损坏或不是数据库文件。可将其移到一旁并从空数据库重新开始；旧文件会保留。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of this app (schema {found}, this version reads up to {supported}). Update the app, or move the file aside to start with an empty one.</source>
        <translation>数据库 {path} 由更新版本的本应用写入（结构版本 {found}，本版本最高支持 {supported}）。请更新应用，或将该文件移到一旁并从空数据库开始。</translation>
    </message>
    <message>
        <source>Not enough free disk space to upgrade the history database {path}: the upgrade needs up to {needed} MB while it runs. Your history is unchanged. Free some space and open the app again.</source>
        <translation>磁盘空间不足，无法升级历史数据库 {path}：升级过程中最多需要 {needed} MB。你的历史数据没有任何改动。请释放一些空间后重新打开应用。</translation>
    </message>
    <message>
        <source>The history database {path} needs a one-time upgrade, but another program has it open. Close other copies of this app (and any scheduled sync still running), then try again.</source>
        <translation>历史数据库 {path} 需要进行一次性升级，但另一个程序正在使用它。请关闭本应用的其他窗口（以及仍在运行的定时同步），然后重试。</translation>
    </message>
    <message>
        <source>Cannot write to the data folder {path}: {detail}. Check its permissions or free space.</source>
        <translation>无法写入数据文件夹 {path}：{detail}。请检查权限或剩余空间。</translation>
    </message>
    <message>
        <source>The disk is full: the last changes were not saved. Data saved before is intact. Free some space and try again.</source>
        <translation>磁盘已满：最近的更改未能保存，之前保存的数据完好无损。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Unknown data source “{source}”. Choose one of: {choices}.</source>
        <translation>未知的数据源“{source}”。请选择：{choices}。</translation>
    </message>
    <message>
        <source>No data yet. Run a sync first (tiktok-desktop sync).</source>
        <translation>还没有数据。请先同步（tiktok-desktop sync）。</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <source>Invalid setting {key}: {detail}</source>
        <translation>设置项 {key} 无效：{detail}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}), so the app started with default settings. The old file was kept as {kept}.</source>
        <translation>无法读取设置文件 {path}（{detail}），应用已使用默认设置启动。旧文件已保留为 {kept}。</translation>
    </message>
    <message>
        <source>Could not save the settings to {path}: {detail}. Check the folder&apos;s permissions and free space.</source>
        <translation>无法将设置保存到 {path}：{detail}。请检查该文件夹的权限和剩余空间。</translation>
    </message>
    <message>
        <source>The environment variable {variable} is not valid: {detail}. Correct it or unset it.</source>
        <translation>环境变量 {variable} 无效：{detail}。请更正或取消设置它。</translation>
    </message>
    <message>
        <source>The file {path} belongs to another program, not to this app, so it was left untouched. Move it aside to start with an empty database; the file is kept.</source>
        <translation>文件 {path} 属于其他程序而非本应用，因此未做任何改动。将其移到一旁即可使用空数据库重新开始；该文件会被保留。</translation>
    </message>
    <message>
        <source>Cannot reach {host}. Check your internet connection and try again.</source>
        <translation>无法连接 {host}。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>{host} is answering too slowly, or stopped answering midway. Try again later.</source>
        <translation>{host} 响应过慢，或在中途停止了响应。请稍后再试。</translation>
    </message>
    <message>
        <source>{host} sent an answer larger than {limit}, far more than expected; it was not read. Try again later.</source>
        <translation>{host} 返回的内容超过 {limit}，远超预期，因此未读取。请稍后再试。</translation>
    </message>
    <message>
        <source>{service} had a problem on its side (HTTP {status}). Try again later.</source>
        <translation>{service} 服务端出现问题（HTTP {status}）。请稍后重试。</translation>
    </message>
    <message>
        <source>{service} sent an answer this app cannot read ({detail}).</source>
        <translation>{service} 返回了本应用无法读取的内容（{detail}）。</translation>
    </message>
    <message>
        <source>{service} says too many requests were made. Wait a minute and try again.</source>
        <translation>{service} 提示请求过于频繁。请等一分钟后重试。</translation>
    </message>
    <message>
        <source>{service} refused the request: {code} ({message}).</source>
        <translation>{service} 拒绝了请求：{code}（{message}）。</translation>
    </message>
    <message>
        <source>{service} kept sending more pages of videos ({detail}). The videos received so far are kept, but the list is incomplete. Try again later.</source>
        <translation>{service} 不断返回更多视频页面（{detail}）。已收到的视频会保留，但列表不完整。请稍后再试。</translation>
    </message>
    <message>
        <source>The TikTok client key and client secret are not set. Enter them in the set-up wizard, or set TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET.</source>
        <translation>尚未设置 TikTok 的 client key 和 client secret。请在设置向导中填写，或设置环境变量 TIKTOK_CLIENT_KEY 和 TIKTOK_CLIENT_SECRET。</translation>
    </message>
    <message>
        <source>TikTok rejected the client key or client secret ({error}). Check them in the settings.</source>
        <translation>TikTok 拒绝了 client key 或 client secret（{error}）。请在设置中检查。</translation>
    </message>
    <message>
        <source>The sign-in was refused in TikTok ({error}). Nothing was changed.</source>
        <translation>登录在 TikTok 中被拒绝（{error}）。没有做任何更改。</translation>
    </message>
    <message>
        <source>The sign-in did not come back within {seconds} seconds. If TikTok showed an error page, register this redirect URI for your app: {redirect_uri}</source>
        <translation>登录在 {seconds} 秒内没有返回。如果 TikTok 显示了错误页面，请为您的应用注册此重定向 URI：{redirect_uri}</translation>
    </message>
    <message>
        <source>The sign-in failed: {error} ({description}).</source>
        <translation>登录失败：{error}（{description}）。</translation>
    </message>
    <message>
        <source>Your TikTok sign-in has expired or access was revoked. Sign in with TikTok again.</source>
        <translation>您的 TikTok 登录已过期或访问权限已被撤销。请重新使用 TikTok 登录。</translation>
    </message>
    <message>
        <source>You are not signed in with TikTok. Sign in first (tiktok-desktop login).</source>
        <translation>您尚未使用 TikTok 登录。请先登录（tiktok-desktop login）。</translation>
    </message>
    <message>
        <source>TikTok did not grant the permission “{scope}”. Sign in again and allow it.</source>
        <translation>TikTok 未授予“{scope}”权限。请重新登录并允许该权限。</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in on 127.0.0.1 port {port}: {detail}. Choose another port.</source>
        <translation>无法在 127.0.0.1 的端口 {port} 上等待登录回调：{detail}。请换一个端口。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the sign-in is kept only until the app closes and is never written to disk. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>没有可用的系统钥匙串，因此登录信息只保留到应用关闭，且绝不会写入磁盘。在 Linux 上，请安装并解锁 Secret Service（如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>No system keyring keeps secrets on this computer, so this cannot be saved: it would be lost when the app closes. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>这台电脑上没有能保存密钥的系统钥匙串，因此无法保存：应用关闭后它就会丢失。在 Linux 上，请安装并解锁 Secret Service（如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <source>No TikAPI key is set. Enter it in the set-up wizard, or set TIKAPI_KEY.</source>
        <translation>尚未设置 TikAPI 密钥。请在设置向导中填写，或设置环境变量 TIKAPI_KEY。</translation>
    </message>
    <message>
        <source>No TikTok username to follow through TikAPI. Enter one in the settings, or pass --username.</source>
        <translation>没有要通过 TikAPI 跟踪的 TikTok 用户名。请在设置中填写，或使用 --username。</translation>
    </message>
    <message>
        <source>TikAPI refused the API key ({message}). Check your TikAPI key in the settings.</source>
        <translation>TikAPI 拒绝了 API 密钥（{message}）。请在设置中检查您的 TikAPI 密钥。</translation>
    </message>
    <message>
        <source>TikAPI knows no TikTok user named “{username}”. Check the spelling.</source>
        <translation>TikAPI 找不到名为“{username}”的 TikTok 用户。请检查拼写。</translation>
    </message>
    <message>
        <source>TikAPI did not accept the request ({fields}).</source>
        <translation>TikAPI 未接受该请求（{fields}）。</translation>
    </message>
    <message>
        <source>The TikAPI account session has expired. Authorize the account again on TikAPI.</source>
        <translation>TikAPI 账号会话已过期。请在 TikAPI 上重新授权该账号。</translation>
    </message>
    <message>
        <source>The keyring is locked or unavailable, so the scheduled sync cannot read your sign-in and did nothing. Open the app once, or unlock the keyring, and the next scheduled sync will run.</source>
        <translation>钥匙串已锁定或不可用，定时同步无法读取你的登录信息，因此未执行任何操作。请打开一次应用或解锁钥匙串，下一次定时同步就会正常运行。</translation>
    </message>
    <message>
        <source>The scheduled sync could not be set up ({detail}). The app still collects while it is open.</source>
        <translation>无法设置定时同步（{detail}）。应用打开时仍会收集数据。</translation>
    </message>
    <message>
        <source>The scheduled sync could not be removed ({detail}). The README says how to remove it by hand.</source>
        <translation>无法移除定时同步（{detail}）。README 中说明了如何手动移除。</translation>
    </message>
    <message>
        <source>Unexpected error ({name}). Details are in the log file.</source>
        <translation>意外错误（{name}）。详情见日志文件。</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}. Nothing was imported.</source>
        <translation>无法读取 {file}：{detail}。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}, far more than a TikTok Studio download; nothing was imported.</source>
        <translation>{file} 大于 {limit}，远超 TikTok Studio 下载文件的大小；未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} is not a file of TikTok Studio’s Download data (its columns: {columns}). Nothing was imported.</source>
        <translation>{file} 不是 TikTok Studio“下载数据”中的文件（其列为：{columns}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file} lacks columns the app needs ({columns}). Nothing was imported.</source>
        <translation>{file} 缺少本应用需要的列（{columns}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}, line {line}: “{text}” in the column {column} is not a number. Nothing was imported.</source>
        <translation>{file} 第 {line} 行：{column} 列中的“{text}”不是数字。未导入任何内容。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the date “{text}” is in a format this app cannot read. Switch TikTok Studio to English, download the data again and import the new files. Nothing was imported.</source>
        <translation>{file} 第 {line} 行：日期“{text}”的格式本应用无法识别。请将 TikTok Studio 的界面语言切换为英语，重新下载数据并导入新文件。未导入任何内容。</translation>
    </message>
    <message>
        <source>No TikTok Studio data in {paths}. Choose the zips that TikTok Studio’s Download data saved, or the CSV files taken out of them.</source>
        <translation>{paths} 中没有 TikTok Studio 数据。请选择 TikTok Studio“下载数据”保存的 zip 文件，或从中解压出的 CSV 文件。</translation>
    </message>
    <message>
        <source>These files do not say which account they belong to (only the zips’ names and Content.csv do). Import the zips as downloaded, or name the account (tiktok-desktop import studio --account KEY).</source>
        <translation>这些文件没有说明属于哪个账号（只有 zip 文件名和 Content.csv 会注明）。请导入原样下载的 zip 文件，或指定账号（tiktok-desktop import studio --account KEY）。</translation>
    </message>
    <message>
        <source>These files belong to several accounts ({handles}). Import one account’s files at a time.</source>
        <translation>这些文件属于多个账号（{handles}）。请每次只导入一个账号的文件。</translation>
    </message>
    <message>
        <source>These files belong to @{handle}, an account this app has not stored. Sync that account first, then import again. Nothing was imported.</source>
        <translation>这些文件属于 @{handle}，本应用尚未保存该账号。请先同步该账号，再重新导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>These files belong to @{handle}, not to the chosen account @{username} ({account}). Nothing was imported.</source>
        <translation>这些文件属于 @{handle}，而不是所选账号 @{username}（{account}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>No account {account} is stored. tiktok-desktop status lists the accounts.</source>
        <translation>未保存账号 {account}。运行 tiktok-desktop status 可列出所有账号。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export videos as &amp;CSV…</source>
        <translation>导出视频为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Export videos as E&amp;xcel workbook…</source>
        <translation>导出视频为 E&amp;xcel 工作簿…</translation>
    </message>
    <message>
        <source>Save PDF &amp;report…</source>
        <translation>保存 PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Profile KPIs with period comparison, every chart and the top 10 videos, in one PDF</source>
        <translation>账号关键指标及时段对比、全部图表和前 10 个视频，汇总为一个 PDF</translation>
    </message>
    <message>
        <source>&amp;Copy chart image</source>
        <translation>复制图表图片(&amp;C)</translation>
    </message>
    <message>
        <source>Export videos</source>
        <translation>导出视频</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n video(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 个视频导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>Copied the chart to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>All set</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Data source: TikTok official API.</source>
        <translation>数据源：TikTok 官方 API。</translation>
    </message>
    <message>
        <source>Signed in as @%1.</source>
        <translation>已登录为 @%1。</translation>
    </message>
    <message>
        <source>Not signed in yet: click Sign in with TikTok in the window when your app is ready.</source>
        <translation>尚未登录：应用获批后，在主窗口中点击“使用 TikTok 登录”。</translation>
    </message>
    <message>
        <source>Your client secret is kept only until the app closes: no system keyring keeps secrets on this computer.</source>
        <translation>您的 client secret 只保留到应用关闭：这台电脑上没有能保存密码的系统钥匙串。</translation>
    </message>
    <message>
        <source>Your TikAPI key is kept only until the app closes: no system keyring keeps secrets on this computer.</source>
        <translation>您的 TikAPI 密钥只保留到应用关闭：这台电脑上没有能保存密钥的系统钥匙串。</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>Your client secret is in the system keyring.</source>
        <translation>您的 client secret 已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Data source: TikAPI, following @%1.</source>
        <translation>数据源：TikAPI，跟踪 @%1。</translation>
    </message>
    <message>
        <source>Your TikAPI key is in the system keyring.</source>
        <translation>您的 TikAPI 密钥已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The connection has not been tested successfully: go Back and test it, or check the key and the username later in this wizard.</source>
        <translation>连接尚未测试成功：请返回上一步进行测试，或稍后在此向导中检查密钥和用户名。</translation>
    </message>
    <message>
        <source>Data source: demo data. Run this wizard again from the File menu at any time.</source>
        <translation>数据源：演示数据。您随时可以从“文件”菜单再次运行此向导。</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Saved in the system keyring: leave empty to keep it</source>
        <translation>已保存在系统钥匙串中：留空即保留</translation>
    </message>
    <message>
        <source>Kept until the app closes: leave empty to keep it</source>
        <translation>保留到应用关闭：留空即可继续使用</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
</context>
<context>
    <name>InsightsStrip</name>
    <message>
        <source>no earlier data yet</source>
        <translation>尚无更早的数据</translation>
    </message>
    <message>
        <source>%1 points vs previous</source>
        <translation>较上一时段 %1 个百分点</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>上一时段：%1</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>较上一时段 %1</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>新增播放</translation>
    </message>
    <message>
        <source>Likes gained</source>
        <translation>新增点赞</translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Videos published</source>
        <translation>发布视频数</translation>
    </message>
    <message>
        <source>Avg. watch time (est.)</source>
        <translation>平均观看时长（估算）</translation>
    </message>
    <message>
        <source>Completion rate (est.)</source>
        <translation>完播率（估算）</translation>
    </message>
    <message>
        <source>Bounce rate (est.)</source>
        <translation>跳出率（估算）</translation>
    </message>
    <message>
        <source>Charts: all time · these figures: the last %1 days vs the %1 days before</source>
        <translation>图表：全部时间 · 以下指标：最近 %1 天与之前 %1 天对比</translation>
    </message>
    <message>
        <source>Last %1 days vs the %1 days before</source>
        <translation>最近 %1 天与之前 %1 天对比</translation>
    </message>
    <message>
        <source>≈ Estimated: no snapshot was taken close to %1 (the app was not running, or older history keeps one snapshot a day), so the nearest earlier snapshot stands in for it.</source>
        <translation>≈ 估算：%1 前后没有快照（应用当时未运行，或较早的历史每天只保留一个快照），因此使用之前最近的一个快照代替。</translation>
    </message>
    <message>
        <source>Gained by all your videos (or the account) over the period, from the stored snapshots</source>
        <translation>这段时间内你所有视频（或账号）的增长，根据已保存的快照计算</translation>
    </message>
    <message>
        <source>%1 followers a day on average</source>
        <translation>平均每天 %1 位粉丝</translation>
    </message>
    <message>
        <source>(likes + comments + shares) / views, over what all videos gained in the period</source>
        <translation>（点赞 + 评论 + 分享）/ 播放量，按这段时间内所有视频的增量计算</translation>
    </message>
    <message>
        <source>Videos published in the period, and the views they have: %1 (previous period: %2)</source>
        <translation>这段时间内发布的视频及其播放量：%1（上一时段：%2）</translation>
    </message>
    <message>
        <source>Estimate: TikTok&apos;s API does not report this. Model: viewers still watching after t seconds = 1 / (1 + t / τ), τ = 12 s × (video engagement / your median engagement), limited to 3–48 s; averaged over your videos, weighted by views.</source>
        <translation>估算值：TikTok 的 API 不提供此数据。模型：t 秒后仍在观看的观众比例 = 1 / (1 + t / τ)，τ = 12 秒 × （视频互动率 / 你的互动率中位数），限制在 3–48 秒；按播放量加权平均你的所有视频。</translation>
    </message>
    <message>
        <source>Watch time = τ × ln(1 + duration / τ)</source>
        <translation>观看时长 = τ × ln(1 + 时长 / τ)</translation>
    </message>
    <message>
        <source>Completion = 1 / (1 + duration / τ)</source>
        <translation>完播率 = 1 / (1 + 时长 / τ)</translation>
    </message>
    <message>
        <source>Bounce = share leaving in the first 3 s = 1 − 1 / (1 + 3 s / τ)</source>
        <translation>跳出率 = 前 3 秒内离开的比例 = 1 − 1 / (1 + 3 秒 / τ)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TikTok Creator Desktop</source>
        <translation>TikTok 创作者桌面版</translation>
    </message>
    <message>
        <source>You are not signed in with TikTok.</source>
        <translation>您尚未使用 TikTok 登录。</translation>
    </message>
    <message>
        <source>Sign in with TikTok</source>
        <translation>使用 TikTok 登录</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n video(s).</source>
        <translation>
            <numerusform>已同步 %Ln 个视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled. Everything fetched before is kept.</source>
        <translation>同步已取消。之前获取的数据均已保留。</translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation>移到一旁并重新开始</translation>
    </message>
    <message>
        <source>Showing the numbers of the last sync, %1.</source>
        <translation>显示的是上次同步（%1）的数据。</translation>
    </message>
    <message>
        <source>The old database was kept as %1</source>
        <translation>旧数据库已保留为 %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Signed out. Your stored history is kept.</source>
        <translation>已退出登录。已保存的历史数据会保留。</translation>
    </message>
    <message>
        <source>About TikTok Creator Desktop</source>
        <translation>关于 TikTok 创作者桌面版</translation>
    </message>
    <message>
        <source>TikTok Creator Desktop %1
Analytics for TikTok creators.</source>
        <translation>TikTok 创作者桌面版 %1
为 TikTok 创作者打造的数据分析工具。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <source>Reset preferences</source>
        <translation>重置偏好设置</translation>
    </message>
    <message>
        <source>Choose how often to refresh above to collect in the background.</source>
        <translation>请先在上方选择自动刷新的频率，才能在后台收集数据。</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the app and collecting stops.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口会退出应用，数据收集也会停止。</translation>
    </message>
    <message>
        <source>Closing the window keeps the app in the tray; Quit from its menu.</source>
        <translation>关闭窗口后应用会留在托盘中；如需退出，请在托盘菜单中选择“退出”。</translation>
    </message>
    <message>
        <source>A job of your system runs the sync at this interval, even after you quit.</source>
        <translation>即使退出应用，系统的定时任务也会按此频率运行同步。</translation>
    </message>
    <message>
        <source>Put every preference back to its default? Your stored history, sign-in, keys and what the set-up wizard saved stay.</source>
        <translation>将所有偏好设置恢复为默认值？已保存的历史记录、登录状态、密钥以及设置向导保存的信息都会保留。</translation>
    </message>
    <message>
        <source>Preferences were reset.</source>
        <translation>偏好设置已重置。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n cached cover(s).</source>
        <translation>
            <numerusform>已删除 %Ln 个缓存的封面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is signed in with TikTok.</source>
        <translation>当前没有人登录 TikTok。</translation>
    </message>
    <message>
        <source>Signed out. Your stored history is kept.</source>
        <translation>已退出登录。已保存的历史数据会保留。</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Verified account</source>
        <translation>认证账号</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>获赞</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register a TikTok developer app</source>
        <translation>注册 TikTok 开发者应用</translation>
    </message>
    <message>
        <source>TikTok lets apps read your numbers only through an app you register, once.</source>
        <translation>TikTok 只允许通过您注册的应用读取您的数据，只需注册一次。</translation>
    </message>
    <message>
        <source>Open developers.tiktok.com</source>
        <translation>打开 developers.tiktok.com</translation>
    </message>
    <message>
        <source>1. Sign in at developers.tiktok.com with your TikTok account and create an app (Manage apps, Connect an app).</source>
        <translation>1. 使用您的 TikTok 账号登录 developers.tiktok.com 并创建应用（Manage apps → Connect an app）。</translation>
    </message>
    <message>
        <source>2. Fill in the app&apos;s details:</source>
        <translation>2. 填写应用信息：</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A desktop app that shows my own TikTok profile statistics and video performance to me.</source>
        <translation>A desktop app that shows my own TikTok profile statistics and video performance to me.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics（分析）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop（桌面）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Login Kit, and Display API where the portal lists it as a product of its own</source>
        <translation>Login Kit，以及 Display API（如果开发者门户将其单独列为产品）</translation>
    </message>
    <message>
        <source>Tips that help the review: upload a short demo video of this app, link a privacy policy, and state that the data is only shown to you, on your computer. Until the app is approved it runs in Sandbox mode: only the TikTok accounts you add as Target Users (in the app&apos;s Sandbox settings) can sign in. Any other account gets a TikTok error page that says “non_sandbox_target”: add that account as a Target User and sign in again.</source>
        <translation>有助于通过审核的建议：上传本应用的简短演示视频，附上隐私政策链接，并说明数据只在你自己的电脑上展示给你本人。应用获批之前以沙盒（Sandbox）模式运行：只有你在应用的沙盒设置中添加为目标用户（Target Users）的 TikTok 账号才能登录。其他账号会看到 TikTok 的错误页面，上面写着“non_sandbox_target”：请将该账号添加为目标用户后重新登录。</translation>
    </message>
    <message>
        <source>3. Register this redirect URI exactly (Login Kit, Desktop):</source>
        <translation>3. 准确注册此重定向 URI（Login Kit，Desktop）：</translation>
    </message>
    <message>
        <source>4. Add these scopes:</source>
        <translation>4. 添加以下权限范围（scope）：</translation>
    </message>
    <message>
        <source>your name and avatar</source>
        <translation>您的名字和头像</translation>
    </message>
    <message>
        <source>your @username, bio and verified mark</source>
        <translation>您的 @用户名、简介和认证标识</translation>
    </message>
    <message>
        <source>followers, following, likes and video count</source>
        <translation>粉丝数、关注数、获赞数和视频数</translation>
    </message>
    <message>
        <source>your public videos and their views, likes, comments and shares</source>
        <translation>您的公开视频及其播放、点赞、评论和分享数</translation>
    </message>
    <message>
        <source>The port is fixed to %1 in the preferences.</source>
        <translation>偏好设置中已将端口固定为 %1。</translation>
    </message>
    <message>
        <source>The * stands for any port: the app picks a free one each time.</source>
        <translation>* 代表任意端口：应用每次会选择一个空闲端口。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 pt</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>TikTok report: %1</source>
        <translation>TikTok 报告：%1</translation>
    </message>
    <message>
        <source>TikTok report</source>
        <translation>TikTok 报告</translation>
    </message>
    <message>
        <source>demo data (a made-up creator)</source>
        <translation>演示数据（虚构的创作者）</translation>
    </message>
    <message>
        <source>TikTok official API</source>
        <translation>TikTok 官方 API</translation>
    </message>
    <message>
        <source>TikAPI</source>
        <translation>TikAPI</translation>
    </message>
    <message>
        <source>numbers as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>获赞</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>This period against the previous one</source>
        <translation>本时段与上一时段对比</translation>
    </message>
    <message>
        <source>Gains over all videos and the account, from the stored snapshots; in brackets, the change against the period before. —: not enough history yet.</source>
        <translation>所有视频和账号的增长，根据已保存的快照计算；括号内为与上一时段相比的变化。—：历史数据尚不足。</translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <source>Views gained</source>
        <translation>新增播放</translation>
    </message>
    <message>
        <source>Likes gained</source>
        <translation>新增点赞</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Videos published</source>
        <translation>发布视频数</translation>
    </message>
    <message>
        <source>Views of the videos published</source>
        <translation>所发布视频的播放量</translation>
    </message>
    <message>
        <source>Engagement of the videos published</source>
        <translation>所发布视频的互动率</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>最近 %1 天</translation>
    </message>
    <message>
        <source>Estimates (not measured by TikTok)</source>
        <translation>估算值（非 TikTok 实测）</translation>
    </message>
    <message>
        <source>Not enough data for an estimate.</source>
        <translation>数据不足，无法估算。</translation>
    </message>
    <message>
        <source>≈ average watch time %1 s · ≈ completion %2 · ≈ bounce in the first 3 s %3</source>
        <translation>≈ 平均观看时长 %1 秒 · ≈ 完播率 %2 · ≈ 前 3 秒跳出率 %3</translation>
    </message>
    <message>
        <source>Model: viewers still watching after t seconds = 1 / (1 + t / τ), τ = 12 s × (video engagement / median engagement), limited to 3–48 s; weighted by views.</source>
        <translation>模型：t 秒后仍在观看的观众比例 = 1 / (1 + t / τ)，τ = 12 秒 × （视频互动率 / 互动率中位数），限制在 3–48 秒；按播放量加权。</translation>
    </message>
    <message>
        <source>Top videos by views</source>
        <translation>播放量最高的视频</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>TikTok username tracked through TikAPI</source>
        <translation>通过 TikAPI 跟踪的 TikTok 用户名</translation>
    </message>
    <message>
        <source>TikTok client key</source>
        <translation>TikTok 客户端密钥 (client key)</translation>
    </message>
    <message>
        <source>Redirect port (0 = any free port)</source>
        <translation>回调端口（0 = 任意空闲端口）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>TikTok official API</source>
        <translation>TikTok 官方 API</translation>
    </message>
    <message>
        <source>TikAPI</source>
        <translation>TikAPI</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>每 6 小时</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Refresh automatically</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Keep collecting when the window is closed</source>
        <translation>关闭窗口后继续收集数据</translation>
    </message>
    <message>
        <source>Collect even when the app is not running</source>
        <translation>应用未运行时也收集数据</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Set-up wizard seen</source>
        <translation>已看过设置向导</translation>
    </message>
    <message>
        <source>TikTok authorization URL</source>
        <translation>TikTok 授权地址</translation>
    </message>
    <message>
        <source>TikTok API base URL</source>
        <translation>TikTok API 基础地址</translation>
    </message>
    <message>
        <source>TikAPI base URL</source>
        <translation>TikAPI 基础地址</translation>
    </message>
    <message>
        <source>Account shown</source>
        <translation>显示的账号</translation>
    </message>
    <message>
        <source>Told that closing keeps collecting</source>
        <translation>已提示关闭窗口后会继续收集</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>窗口位置和大小</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>窗口布局</translation>
    </message>
    <message>
        <source>Video table columns</source>
        <translation>视频表格列</translation>
    </message>
    <message>
        <source>Panel sizes</source>
        <translation>面板大小</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>图表时间段</translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation>显示的图表</translation>
    </message>
    <message>
        <source>Folder of the last export</source>
        <translation>上次导出的文件夹</translation>
    </message>
    <message>
        <source>Followers chart shows the gain per day</source>
        <translation>粉丝图表显示每日新增</translation>
    </message>
    <message>
        <source>Size of a video&apos;s page</source>
        <translation>视频详情页的大小</translation>
    </message>
    <message>
        <source>Folder of the last TikTok Studio import</source>
        <translation>上次导入 TikTok Studio 数据的文件夹</translation>
    </message>
    <message>
        <source>When the weekly TikTok Studio import reminder was last dismissed</source>
        <translation>上次关闭每周 TikTok Studio 导入提醒的时间</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up TikTok Creator Desktop</source>
        <translation>设置 TikTok 创作者桌面版</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in with TikTok</source>
        <translation>使用 TikTok 登录</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>The sign-in address appears here</source>
        <translation>登录地址将显示在这里</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Open browser</source>
        <translation>打开浏览器</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Copied. Paste the address into a browser to sign in.</source>
        <translation>已复制。请将地址粘贴到浏览器中登录。</translation>
    </message>
    <message>
        <source>Opening TikTok in your browser…</source>
        <translation>正在浏览器中打开 TikTok…</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>TikTok Creator Desktop received your sign-in. You can close this tab.</source>
        <translation>TikTok 创作者桌面版已收到您的登录。您可以关闭此标签页。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to TikTok Creator Desktop for details.</source>
        <translation>登录未完成。请返回 TikTok 创作者桌面版查看详情。</translation>
    </message>
    <message>
        <source>Sign in and allow access in the browser window that opened. If none opened, copy this address into a browser on this computer.</source>
        <translation>请在打开的浏览器窗口中登录并允许访问。如果没有打开浏览器，请将此地址复制到本机的浏览器中。</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>登录没有成功。</translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <source>Image size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>Where should your numbers come from?</source>
        <translation>您的数据从哪里来？</translation>
    </message>
    <message>
        <source>You can change this later in the preferences.</source>
        <translation>以后可以在偏好设置中更改。</translation>
    </message>
    <message>
        <source>TikTok official API: your own account, accurate, free (needs a developer app)</source>
        <translation>TikTok 官方 API：您自己的账号，准确、免费（需要开发者应用）</translation>
    </message>
    <message>
        <source>TikAPI: any public profile by username, quick to set up, paid</source>
        <translation>TikAPI：按用户名查看任意公开账号，设置快捷，付费</translation>
    </message>
    <message>
        <source>Demo data: look around first, nothing to set up</source>
        <translation>演示数据：先随便看看，无需设置</translation>
    </message>
    <message>
        <source>Official API</source>
        <translation>官方 API</translation>
    </message>
    <message>
        <source>TikAPI</source>
        <translation>TikAPI</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确性</translation>
    </message>
    <message>
        <source>Exact, from TikTok</source>
        <translation>精确，来自 TikTok</translation>
    </message>
    <message>
        <source>Public web numbers, large counts rounded</source>
        <translation>公开网页数据，大数字会被约整</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>虚构</translation>
    </message>
    <message>
        <source>Set-up effort</source>
        <translation>设置难度</translation>
    </message>
    <message>
        <source>Developer app, TikTok review in about 1 to 2 weeks</source>
        <translation>需要开发者应用，TikTok 审核约 1 到 2 周</translation>
    </message>
    <message>
        <source>An API key, minutes</source>
        <translation>一个 API 密钥，几分钟</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Free within TikTok&apos;s limits</source>
        <translation>在 TikTok 限额内免费</translation>
    </message>
    <message>
        <source>Paid subscription</source>
        <translation>付费订阅</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Your public videos, profile and stats</source>
        <translation>您的公开视频、资料和统计</translation>
    </message>
    <message>
        <source>Public videos; adds saves; no private videos</source>
        <translation>公开视频；含收藏数；无私密视频</translation>
    </message>
    <message>
        <source>Everything, invented</source>
        <translation>全部，但是虚构的</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定性</translation>
    </message>
    <message>
        <source>Official, versioned API</source>
        <translation>官方、有版本管理的 API</translation>
    </message>
    <message>
        <source>Third party; may change</source>
        <translation>第三方，可能变化</translation>
    </message>
    <message>
        <source>Always works</source>
        <translation>始终可用</translation>
    </message>
    <message>
        <source>Next: register a developer app at developers.tiktok.com (the next page shows each step and what to enter), then sign in. TikTok reviews a new app in about 1 to 2 weeks; until then you can look around with demo data.</source>
        <translation>下一步：在 developers.tiktok.com 注册开发者应用（下一页会列出每个步骤和要填写的内容），然后登录。TikTok 审核新应用约需 1 到 2 周；在此之前可以先用演示数据随便看看。</translation>
    </message>
    <message>
        <source>Next: enter your TikAPI key and the username to follow; they are tested before you go on.</source>
        <translation>下一步：输入您的 TikAPI 密钥和要关注的用户名；继续之前会先测试它们。</translation>
    </message>
    <message>
        <source>Next: finish and look around. The numbers belong to a made-up creator and are always marked as demo data. To use your own numbers later, open File &gt; Set-up wizard.</source>
        <translation>下一步：完成向导，随便看看。这些数字属于一位虚构的创作者，并始终标为演示数据。以后要使用您自己的数字，请打开“文件 &gt; 设置向导”。</translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>no 7-day history yet</source>
        <translation>暂无 7 天历史</translation>
    </message>
    <message>
        <source>%1 in 7 days</source>
        <translation>7 天 %1</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>TikTok official API</source>
        <translation>TikTok 官方 API</translation>
    </message>
    <message>
        <source>TikAPI</source>
        <translation>TikAPI</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账号</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>History upgraded: the same history in far less space.</source>
        <translation>历史数据已升级：内容不变，占用空间大大减少。</translation>
    </message>
    <message numerus="yes">
        <source>Upgrading the stored history (once): %1 of %n video(s)</source>
        <translation>
            <numerusform>正在升级已保存的历史数据（仅此一次）：第 %1 个，共 %Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching videos: %1 of %2</source>
        <translation>正在获取视频：%1 / %2</translation>
    </message>
    <message>
        <source>Saving covers: %1 of %2</source>
        <translation>正在保存封面：%1 / %2</translation>
    </message>
    <message>
        <source>Fetching profile…</source>
        <translation>正在获取资料…</translation>
    </message>
    <message>
        <source>Fetching videos…</source>
        <translation>正在获取视频…</translation>
    </message>
    <message>
        <source>Saving history…</source>
        <translation>正在保存历史…</translation>
    </message>
    <message>
        <source>Upgrading the stored history to its compact form (once)…</source>
        <translation>正在将已保存的历史数据升级为紧凑格式（仅此一次）…</translation>
    </message>
    <message>
        <source>Waiting for another sync…</source>
        <translation>正在等待另一个同步完成…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>StudioController</name>
    <message>
        <source>Your last TikTok Studio import was on %1. Follower activity covers only the last 7 days of a download: import a new one every week to keep the history of when your followers are active.</source>
        <translation>你上次导入 TikTok Studio 数据是在 %1。每次下载的粉丝活跃数据只涵盖最近 7 天：请每周导入一次新数据，以保留粉丝活跃时段的历史。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
</context>
<context>
    <name>StudioImportDialog</name>
    <message>
        <source>Import TikTok Studio data</source>
        <translation>导入 TikTok Studio 数据</translation>
    </message>
    <message>
        <source>TikTok Studio gives up to a year of daily history, profile views, viewers, and when and where your followers are:</source>
        <translation>TikTok Studio 提供最多一年的每日历史、主页访问量、观众数据，以及粉丝的活跃时段和所在地区：</translation>
    </message>
    <message>
        <source>1. In TikTok Studio on the web (tiktok.com/tiktokstudio), open Analytics.
2. On each tab (Overview, Content, Viewers, Followers), click Download data at the top right and choose the longest range (up to 365 days).
3. Choose the four zips here, or drop them on the window.</source>
        <translation>1. 在网页版 TikTok Studio（tiktok.com/tiktokstudio）中打开“数据分析”。
2. 在每个标签页（概览、内容、观众、粉丝）点击右上角的“下载数据”，并选择最长的时间范围（最多 365 天）。
3. 在此选择这四个 zip 文件，或将它们拖放到窗口上。</translation>
    </message>
    <message>
        <source>Switch TikTok Studio to English before downloading: its dates have no year and are written in its language, and English dates are the safest to read. Import again every week: follower activity covers only the last 7 days of a download.</source>
        <translation>下载前请将 TikTok Studio 的语言切换为英语：其日期不含年份，并以界面语言书写，英语日期最不容易出错。请每周重新导入一次：每次下载的粉丝活跃数据只涵盖最近 7 天。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>CSVs downloaded on</source>
        <translation>CSV 下载日期</translation>
    </message>
    <message>
        <source>Only for CSVs taken out of the zips: their names do not say when they were downloaded.</source>
        <translation>仅用于从 zip 中解压出的 CSV 文件：其文件名未注明下载日期。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>TikTok Studio downloads (*.zip *.csv);;All files (*)</source>
        <translation>TikTok Studio 下载文件 (*.zip *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the TikTok Studio zips</source>
        <translation>选择 TikTok Studio 的 zip 文件</translation>
    </message>
    <message>
        <source>Choose a folder of TikTok Studio zips</source>
        <translation>选择存放 TikTok Studio zip 文件的文件夹</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>These files hold nothing to import for %1.</source>
        <translation>这些文件中没有可为 %1 导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n days of history, %1 to %2, for %3.</source>
        <translation>
            <numerusform>%3 的 %Ln 天历史数据，%1 至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity.</source>
        <translation>
            <numerusform>%Ln 小时的粉丝活跃数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Gender and territories as of %1.</source>
        <translation>截至 %1 的性别与国家/地区分布。</translation>
    </message>
    <message>
        <source>CSVs taken out of the zips: downloaded on %1, as given.</source>
        <translation>从 zip 中解压出的 CSV 文件：下载日期为 %1（按所填日期）。</translation>
    </message>
    <message>
        <source>from the Time column of Content.csv</source>
        <translation>依据 Content.csv 的 Time 列</translation>
    </message>
    <message>
        <source>from the files&apos; modification time</source>
        <translation>依据文件的修改时间</translation>
    </message>
    <message>
        <source>The CSVs&apos; names do not say when they were downloaded: taken as %1 (%2). If that is wrong, set “CSVs downloaded on” and import again, or import the zips as downloaded.</source>
        <translation>这些 CSV 文件名未注明下载日期：已按 %1 处理（%2）。如有误，请设置“CSV 下载日期”后重新导入，或改为导入下载所得的原始 zip 文件。</translation>
    </message>
    <message>
        <source>Not among these files: %1. Download them too for the full picture.</source>
        <translation>这些文件中缺少：%1。也请下载它们，以获得完整数据。</translation>
    </message>
    <message>
        <source>Already imported, nothing new in these files:</source>
        <translation>已导入过，这些文件中没有新数据：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>新西兰</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>意大利</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>西班牙</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>葡萄牙</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>比利时</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>卢森堡</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>瑞士</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>奥地利</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>挪威</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>丹麦</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>芬兰</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>波兰</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>捷克</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>斯洛伐克</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>匈牙利</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>罗马尼亚</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>保加利亚</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>希腊</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>塞浦路斯</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>克罗地亚</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>斯洛文尼亚</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>塞尔维亚</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>波斯尼亚和黑塞哥维那</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>阿尔巴尼亚</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>北马其顿</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>乌克兰</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>摩尔多瓦</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>白俄罗斯</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>立陶宛</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>拉脱维亚</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>爱沙尼亚</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>土耳其</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>以色列</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>阿联酋</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>卡塔尔</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>科威特</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>巴林</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>阿曼</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>约旦</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>黎巴嫩</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>伊拉克</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>埃及</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>摩洛哥</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>阿尔及利亚</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>突尼斯</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>利比亚</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>尼日利亚</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>加纳</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>肯尼亚</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>埃塞俄比亚</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>坦桑尼亚</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>乌干达</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>南非</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>塞内加尔</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>科特迪瓦</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>喀麦隆</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>墨西哥</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>危地马拉</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>洪都拉斯</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>萨尔瓦多</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>尼加拉瓜</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>哥斯达黎加</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>巴拿马</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>多米尼加</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>波多黎各</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>牙买加</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>特立尼达和多巴哥</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>巴西</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>阿根廷</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>智利</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>哥伦比亚</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>秘鲁</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>委内瑞拉</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>厄瓜多尔</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>玻利维亚</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>巴拉圭</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>乌拉圭</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>韩国</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>中国台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>中国澳门</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>文莱</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>尼泊尔</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>哈萨克斯坦</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>乌兹别克斯坦</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>吉尔吉斯斯坦</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>阿塞拜疆</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>格鲁吉亚</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>亚美尼亚</translation>
    </message>
</context>
<context>
    <name>TestSignInPage</name>
    <message>
        <source>Sign in with TikTok</source>
        <translation>使用 TikTok 登录</translation>
    </message>
    <message>
        <source>A real sign-in checks the credentials and the redirect URI in one go.</source>
        <translation>一次真实的登录即可同时检验凭据和重定向 URI。</translation>
    </message>
    <message>
        <source>Not signed in yet. You can also sign in later from the Account menu.</source>
        <translation>尚未登录。您也可以稍后从“账号”菜单登录。</translation>
    </message>
    <message>
        <source>Signed in as %1 (@%2).</source>
        <translation>已登录为 %1（@%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 (@%2), %n follower(s).</source>
        <translation>
            <numerusform>已登录为 %1（@%2），粉丝 %Ln。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TikApiPage</name>
    <message>
        <source>TikAPI</source>
        <translation>TikAPI</translation>
    </message>
    <message>
        <source>Follow any public TikTok profile by its username, through your TikAPI key.</source>
        <translation>通过您的 TikAPI 密钥，按用户名跟踪任意公开的 TikTok 账号。</translation>
    </message>
    <message>
        <source>Get a key at tikapi.io</source>
        <translation>在 tikapi.io 获取密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>TikTok username</source>
        <translation>TikTok 用户名</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The key is stored in your system&apos;s keyring, never in a file.</source>
        <translation>密钥保存在系统钥匙串中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>No system keyring keeps secrets on this computer, and the app never writes the key to a file: it is kept only until the app closes, and asked for again next time.</source>
        <translation>这台电脑上没有能保存密钥的系统钥匙串，而应用绝不会把 API 密钥写入文件：它只保留到应用关闭，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>A TikAPI key is 10 or more letters and digits, without spaces.</source>
        <translation>TikAPI 密钥由 10 个或以上的字母和数字组成，不含空格。</translation>
    </message>
    <message>
        <source>A TikTok username is 2 to 24 letters, digits, dots or underscores.</source>
        <translation>TikTok 用户名由 2 到 24 个字母、数字、点或下划线组成。</translation>
    </message>
    <message>
        <source>Found %1 (@%2).</source>
        <translation>找到 %1（@%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 (@%2), %n follower(s).</source>
        <translation>
            <numerusform>找到 %1（@%2），粉丝 %Ln。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open TikTok Creator Desktop</source>
        <translation>打开 TikTok Creator Desktop</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>TikTok Creator Desktop: collecting your numbers</source>
        <translation>TikTok Creator Desktop：正在收集你的数据</translation>
    </message>
    <message>
        <source>the last one failed</source>
        <translation>最近一次失败</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>最近一次同步失败：%1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message>
        <source>Your typical video (median)</source>
        <translation>你的典型视频（中位数）</translation>
    </message>
    <message>
        <source>Middle half of your videos</source>
        <translation>你中间一半的视频</translation>
    </message>
    <message>
        <source>This video</source>
        <translation>这条视频</translation>
    </message>
    <message>
        <source>Hours since posting</source>
        <translation>发布后的小时数</translation>
    </message>
    <message>
        <source>Days since posting</source>
        <translation>发布后的天数</translation>
    </message>
    <message>
        <source>No history stored yet</source>
        <translation>尚无存储的历史数据</translation>
    </message>
    <message>
        <source>%1 after posting (%2)</source>
        <translation>发布 %1 后（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Posted %1 · %2 long</source>
        <translation>发布于 %1 · 时长 %2</translation>
    </message>
    <message>
        <source>Since posting:</source>
        <translation>发布以来：</translation>
    </message>
    <message>
        <source>Loading this video’s history…</source>
        <translation>正在加载这条视频的历史数据…</translation>
    </message>
    <message>
        <source>Open on TikTok</source>
        <translation>在 TikTok 上打开</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>分享数</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Middle half: %1 to %2 (%n video(s))</source>
        <translation>
            <numerusform>中间一半：%1 至 %2（%Ln 个视频）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is above the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>高于你中间一半视频的范围（%1 至 %2，基于 %Ln 个视频）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is within the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>处于你中间一半视频的范围内（%1 至 %2，基于 %Ln 个视频）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is below the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>低于你中间一半视频的范围（%1 至 %2，基于 %Ln 个视频）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your typical video at %1: %2</source>
        <translation>你的典型视频发布 %1 后：%2</translation>
    </message>
    <message>
        <source>No history of this video is stored yet: its chart fills in with each sync.</source>
        <translation>尚未存储这条视频的历史数据：每次同步后，图表会逐步补全。</translation>
    </message>
    <message numerus="yes">
        <source>Too few of your other videos have history at %1 old to compare: %n (at least %2 needed).</source>
        <translation>
            <numerusform>你的其他视频中，有发布 %1 后历史数据的太少，无法比较：只有 %Ln 个（至少需要 %2 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 old your typical video had no %2 yet; this one has %3.</source>
        <translation>发布 %1 后，你的典型视频还没有%2；这条视频已有 %3。</translation>
    </message>
    <message>
        <source>At %1 old this video has %2× the %3 of your typical video at that age (%4 against %5).</source>
        <translation>发布 %1 后，这条视频的%3是你同期典型视频的 %2 倍（%4 对比 %5）。</translation>
    </message>
</context>
<context>
    <name>VideoTable</name>
    <message numerus="yes">
        <source>%1 of %n video(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Open video page</source>
        <translation>打开视频详情页</translation>
    </message>
    <message>
        <source>Open on TikTok</source>
        <translation>在 TikTok 上打开</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>VideoTableModel</name>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>播放量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>AI-generated: the creator labelled the video as made with AI</source>
        <translation>AI 生成：创作者已将该视频标注为使用 AI 制作</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the latest numbers (F5)</source>
        <translation>获取最新数据 (F5)</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Sign in with TikTok</source>
        <translation>使用 TikTok 登录</translation>
    </message>
    <message>
        <source>Sign in with your TikTok account to see your own numbers</source>
        <translation>使用您的 TikTok 账号登录，查看您自己的数据</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Set-up &amp;wizard…</source>
        <translation>设置向导(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import TikTok Studio data…</source>
        <translation>导入 TikTok Studio 数据(&amp;I)…</translation>
    </message>
    <message>
        <source>A year of daily history, profile views and your audience, from TikTok Studio&apos;s Download data</source>
        <translation>来自 TikTok Studio“下载数据”的一年每日历史、主页访问量和受众信息</translation>
    </message>
    <message>
        <source>&amp;Find videos</source>
        <translation>查找视频(&amp;F)</translation>
    </message>
    <message>
        <source>Search titles, descriptions, #hashtags (Ctrl+F)</source>
        <translation>搜索标题、描述、#话题 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>Signed in with TikTok</source>
        <translation>已使用 TikTok 登录</translation>
    </message>
</context>
<context>
    <name>WindowFrame</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
</context>
</TS>
