"""Shared test settings. Keep small: fixtures belong next to the tests that use them."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Property tests run bounded and derandomized in the normal suite, so a run passes or fails the same
# way everywhere (the shared work tree's example database cannot replay one session's find into
# another's run); HYPOTHESIS_PROFILE=long is the random soak run.
settings.register_profile("bounded", max_examples=150, deadline=None, derandomize=True, database=None)
settings.register_profile("long", max_examples=100_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))
