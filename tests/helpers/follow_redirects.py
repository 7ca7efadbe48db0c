"""A stand-in browser for $BROWSER: loads the URL and follows redirects, as a user's browser would.

An error page is still a page: like a browser, it shows it (here: reads it) and exits quietly.
"""

import sys
import urllib.error
import urllib.request

try:
    urllib.request.urlopen(sys.argv[1], timeout=30).read()
except urllib.error.HTTPError as e:
    e.read()
