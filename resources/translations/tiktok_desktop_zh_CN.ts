<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Loading charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views by publish date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a database. Move it aside to start with an empty one; the old file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of this app (schema {found}, this version reads up to {supported}). Update the app, or move the file aside to start with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the data folder {path}: {detail}. Check its permissions or free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the last changes were not saved. Data saved before is intact. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source “{source}” is not available in this version yet. Use the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown data source “{source}”. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet. Run a sync first (tiktok-desktop sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid setting {key}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({name}). Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TikTok Creator Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the latest numbers (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export videos as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, descriptions, #hashtags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: press Refresh (F5) to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: these numbers belong to a made-up creator, not to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok official API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching videos: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching videos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced %n video(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled. Everything fetched before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move aside and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old database was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n video(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 videos match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TikTok Creator Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok Creator Desktop %1
Analytics for TikTok creators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Verified account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok username tracked through TikAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port (0 = any free port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikAPI base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video table columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>no 7-day history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoTableModel</name>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
