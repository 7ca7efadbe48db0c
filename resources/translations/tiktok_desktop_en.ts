<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Age</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message numerus="yes">
        <source>Active hours: %n days of follower activity over every import.</source>
        <translation>
            <numerusform>Active hours: %n day of follower activity over every import.</numerusform>
            <numerusform>Active hours: %n days of follower activity over every import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Synced %n videos of %1.</source>
        <translation>
            <numerusform>Synced %n video of %1.</numerusform>
            <numerusform>Synced %n videos of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n videos to %1.</source>
        <translation>
            <numerusform>Wrote %n video to %1.</numerusform>
            <numerusform>Wrote %n videos to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account snapshots</source>
        <translation>
            <numerusform>%n account snapshot</numerusform>
            <numerusform>%n account snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n followers</source>
        <translation>
            <numerusform>%n follower</numerusform>
            <numerusform>%n followers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos stored</source>
        <translation>
            <numerusform>%n video stored</numerusform>
            <numerusform>%n videos stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %n checks</source>
        <translation>
            <numerusform>self-test failed: %n check</numerusform>
            <numerusform>self-test failed: %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>upgrading the history (once): %1/%n videos</source>
        <translation>
            <numerusform>upgrading the history (once): %1/%n video</numerusform>
            <numerusform>upgrading the history (once): %1/%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days (%1 to %2)</source>
        <translation>
            <numerusform>%n day (%1 to %2)</numerusform>
            <numerusform>%n days (%1 to %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity</source>
        <translation>
            <numerusform>%n hour of follower activity</numerusform>
            <numerusform>%n hours of follower activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n video(s) to %1</source>
        <translation>
            <numerusform>Exported %n video to %1</numerusform>
            <numerusform>Exported %n videos to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Synced %n video(s).</source>
        <translation>
            <numerusform>Synced %n video.</numerusform>
            <numerusform>Synced %n videos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>Removed %n cached cover(s).</source>
        <translation>
            <numerusform>Removed %n cached cover.</numerusform>
            <numerusform>Removed %n cached covers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioImportDialog</name>
    <message numerus="yes">
        <source>%n days of history, %1 to %2, for %3.</source>
        <translation>
            <numerusform>%n day of history, %1 to %2, for %3.</numerusform>
            <numerusform>%n days of history, %1 to %2, for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity.</source>
        <translation>
            <numerusform>%n hour of follower activity.</numerusform>
            <numerusform>%n hours of follower activity.</numerusform>
        </translation>
    </message>
</context>
</TS>
