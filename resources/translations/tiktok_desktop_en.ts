<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Age</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message numerus="yes">
        <source>Active hours: %n days of follower activity over every import.</source>
        <translation>
            <numerusform>Active hours: %Ln day of follower activity over every import.</numerusform>
            <numerusform>Active hours: %Ln days of follower activity over every import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%Ln video</numerusform>
            <numerusform>%Ln videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Synced %n videos of %1.</source>
        <translation>
            <numerusform>Synced %Ln video of %1.</numerusform>
            <numerusform>Synced %Ln videos of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n videos to %1.</source>
        <translation>
            <numerusform>Wrote %Ln video to %1.</numerusform>
            <numerusform>Wrote %Ln videos to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%Ln video</numerusform>
            <numerusform>%Ln videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account snapshots</source>
        <translation>
            <numerusform>%Ln account snapshot</numerusform>
            <numerusform>%Ln account snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n followers</source>
        <translation>
            <numerusform>%Ln follower</numerusform>
            <numerusform>%Ln followers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos stored</source>
        <translation>
            <numerusform>%Ln video stored</numerusform>
            <numerusform>%Ln videos stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>self-test failed: %n checks</source>
        <translation>
            <numerusform>self-test failed: %Ln check</numerusform>
            <numerusform>self-test failed: %Ln checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>upgrading the history (once): %1/%n videos</source>
        <translation>
            <numerusform>upgrading the history (once): %1/%Ln video</numerusform>
            <numerusform>upgrading the history (once): %1/%Ln videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days (%1 to %2)</source>
        <translation>
            <numerusform>%Ln day (%1 to %2)</numerusform>
            <numerusform>%Ln days (%1 to %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity</source>
        <translation>
            <numerusform>%Ln hour of follower activity</numerusform>
            <numerusform>%Ln hours of follower activity</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Exported %n video(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln video to %1</numerusform>
            <numerusform>Exported %Ln videos to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Synced %n video(s).</source>
        <translation>
            <numerusform>Synced %Ln video.</numerusform>
            <numerusform>Synced %Ln videos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>Removed %n cached cover(s).</source>
        <translation>
            <numerusform>Removed %Ln cached cover.</numerusform>
            <numerusform>Removed %Ln cached covers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioImportDialog</name>
    <message numerus="yes">
        <source>%n days of history, %1 to %2, for %3.</source>
        <translation>
            <numerusform>%Ln day of history, %1 to %2, for %3.</numerusform>
            <numerusform>%Ln days of history, %1 to %2, for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours of follower activity.</source>
        <translation>
            <numerusform>%Ln hour of follower activity.</numerusform>
            <numerusform>%Ln hours of follower activity.</numerusform>
        </translation>
    </message>
</context>
</TS>
