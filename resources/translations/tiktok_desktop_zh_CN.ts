<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Banner</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>ChartsPanel</name>
        <message>
            <source>Loading charts…</source>
            <translation>正在加载图表…</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>粉丝数</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>播放量</translation>
        </message>
        <message>
            <source>Follower growth</source>
            <translation>粉丝增长</translation>
        </message>
        <message>
            <source>Views by publish date</source>
            <translation>按发布日期的播放量</translation>
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
            <source>The database {path} is damaged or is not a database. Move it aside to start with an empty one; the old file is kept.</source>
            <translation>数据库 {path} 已损坏或不是数据库文件。可将其移到一旁并从空数据库重新开始；旧文件会保留。</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of this app (schema {found}, this version reads up to {supported}). Update the app, or move the file aside to start with an empty one.</source>
            <translation>数据库 {path} 由更新版本的本应用写入（结构版本 {found}，本版本最高支持 {supported}）。请更新应用，或将该文件移到一旁并从空数据库开始。</translation>
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
            <source>The data source “{source}” is not available in this version yet. Use the demo data.</source>
            <translation>当前版本尚不支持数据源“{source}”。请使用演示数据。</translation>
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
            <source>Unexpected error ({name}). Details are in the log file.</source>
            <translation>意外错误（{name}）。详情见日志文件。</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>TikTok Creator Desktop</source>
            <translation>TikTok 创作者桌面版</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
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
            <source>&amp;Export videos as CSV…</source>
            <translation>导出视频为 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
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
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>No data yet: press Refresh (F5) to fetch it.</source>
            <translation>还没有数据：按“刷新”(F5) 获取。</translation>
        </message>
        <message>
            <source>Demo data: these numbers belong to a made-up creator, not to you.</source>
            <translation>演示数据：这些数字属于一位虚构的创作者，并非您的账号。</translation>
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
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Fetching videos: %1 of %2</source>
            <translation>正在获取视频：%1 / %2</translation>
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
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n video(s).</source>
            <translation>
                <numerusform>已同步 %n 个视频。</numerusform>
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
            <source>The old database was kept as %1</source>
            <translation>旧数据库已保留为 %1</translation>
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
                <numerusform>已导出 %n 个视频到 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 videos match</source>
            <translation>%2 个视频中有 %1 个匹配</translation>
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
    </context>
</TS>
