"""TikTok Studio downloads ("Download data" in TikTok Studio's analytics): reading them, storing them, and putting
them together with the app's own measurements. Standard library only; the use cases are in app/studio.py.

    files.read_download(paths)        the zips / CSVs / folders -> a list of StudioFile (csvfiles.read_csv each)
    merge.merge(files)                -> one StudioImport (newest download wins where files overlap)
    storage.save_import(store, ...)   one transaction; storage.daily / follower_activity / latest_audience / imports
    series.followers_series(...)      the app's snapshots with imported days filling the days it did not see
    series.daily_table(...)           one row a day, for the XLSX Daily sheet
    series.activity_heat(...)         active followers by weekday x hour over every import
"""
