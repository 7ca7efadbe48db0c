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
    <message numerus="yes">
        <source>%n follower(s) active on average</source>
        <translation>
            <numerusform>%Ln follower active on average</numerusform>
            <numerusform>%Ln followers active on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follower(s) gained</source>
        <translation>
            <numerusform>%1: %Ln follower gained</numerusform>
            <numerusform>%1: %Ln followers gained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follower(s) lost</source>
        <translation>
            <numerusform>%1: %Ln follower lost</numerusform>
            <numerusform>%1: %Ln followers lost</numerusform>
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
    <name>StatusArea</name>
    <message numerus="yes">
        <source>Upgrading the stored history (once): %1 of %n video(s)</source>
        <translation>
            <numerusform>Upgrading the stored history (once): %1 of %Ln video</numerusform>
            <numerusform>Upgrading the stored history (once): %1 of %Ln videos</numerusform>
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
<context>
    <name>TestSignInPage</name>
    <message numerus="yes">
        <source>Signed in as %1 (@%2), %n follower(s).</source>
        <translation>
            <numerusform>Signed in as %1 (@%2), %Ln follower.</numerusform>
            <numerusform>Signed in as %1 (@%2), %Ln followers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TikApiPage</name>
    <message numerus="yes">
        <source>Found %1 (@%2), %n follower(s).</source>
        <translation>
            <numerusform>Found %1 (@%2), %Ln follower.</numerusform>
            <numerusform>Found %1 (@%2), %Ln followers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoPage</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Middle half: %1 to %2 (%n video(s))</source>
        <translation>
            <numerusform>Middle half: %1 to %2 (%Ln video)</numerusform>
            <numerusform>Middle half: %1 to %2 (%Ln videos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few of your other videos have history at %1 old to compare: %n (at least %2 needed).</source>
        <translation>
            <numerusform>Too few of your other videos have history at %1 old to compare: %Ln (at least %2 needed).</numerusform>
            <numerusform>Too few of your other videos have history at %1 old to compare: %Ln (at least %2 needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is above the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>That is above the middle half of your videos (%1 to %2, from %Ln video).</numerusform>
            <numerusform>That is above the middle half of your videos (%1 to %2, from %Ln videos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is within the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>That is within the middle half of your videos (%1 to %2, from %Ln video).</numerusform>
            <numerusform>That is within the middle half of your videos (%1 to %2, from %Ln videos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is below the middle half of your videos (%1 to %2, from %n video(s)).</source>
        <translation>
            <numerusform>That is below the middle half of your videos (%1 to %2, from %Ln video).</numerusform>
            <numerusform>That is below the middle half of your videos (%1 to %2, from %Ln videos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoTable</name>
    <message numerus="yes">
        <source>%1 of %n video(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln video shown</numerusform>
            <numerusform>%1 of %Ln videos shown</numerusform>
        </translation>
    </message>
</context>
</TS>
