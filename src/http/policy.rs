//! How often and how patiently requests are retried, and their timeouts.

use std::time::Duration;

use backon::BackoffBuilder;

/// How often and how patiently a request is retried.
///
/// Defaults: 5 attempts in all, first delay 250 ms, factor 2, delays capped at 10 s, jitter
/// on (each delay is stretched by a random 0–100 %), operations that are not safe to repeat
/// are retried only when the server cannot have applied them.
///
/// ```
/// use std::time::Duration;
/// let p = otc_dis::RetryPolicy::default();
/// assert_eq!((p.max_attempts(), p.initial_delay(), p.max_delay()), (5, Duration::from_millis(250), Duration::from_secs(10)));
/// assert_eq!(otc_dis::RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_delay: Duration,
    max_delay: Duration,
    factor: f32,
    jitter: bool,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            initial_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(10),
            factor: 2.0,
            jitter: true,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    pub fn none() -> Self {
        Self::default().with_max_attempts(1)
    }

    /// At most `attempts` attempts in all (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The delay before the first retry.
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// The longest delay between two attempts (before jitter).
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The factor each delay grows by (at least 1).
    pub fn with_factor(mut self, factor: f32) -> Self {
        self.factor = factor.max(1.0);
        self
    }

    /// Whether delays get random jitter (on by default; turn off for reproducible tests).
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Also retry operations that are not safe to repeat (PutRecords, the creates) after
    /// answers where the server may have applied them (5xx, timeouts). Off by default:
    /// a repeated PutRecords can store records twice.
    pub fn with_retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// The most attempts in all.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The first delay.
    pub fn initial_delay(&self) -> Duration {
        self.initial_delay
    }

    /// The delay cap.
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// The growth factor.
    pub fn factor(&self) -> f32 {
        self.factor
    }

    /// Whether jitter is on.
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// Whether operations that are not safe to repeat are retried after ambiguous failures.
    pub fn retry_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// The delays before each retry (`max_attempts - 1` of them).
    pub(crate) fn schedule(&self) -> backon::ExponentialBackoff {
        let builder = backon::ExponentialBuilder::new()
            .with_min_delay(self.initial_delay)
            .with_max_delay(self.max_delay)
            .with_factor(self.factor)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize);
        if self.jitter {
            builder.with_jitter().build()
        } else {
            builder.build()
        }
    }
}

/// Timeouts of the HTTP client.
///
/// Defaults: connect 10 s; per attempt 30 s (connecting, sending and reading the whole
/// answer); total 120 s for a call with all its retries and delays.
///
/// ```
/// use std::time::Duration;
/// let t = otc_dis::Timeouts::default();
/// assert_eq!((t.connect(), t.attempt(), t.total()), (Duration::from_secs(10), Duration::from_secs(30), Duration::from_secs(120)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeouts {
    connect: Duration,
    attempt: Duration,
    total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            total: Duration::from_secs(120),
        }
    }
}

impl Timeouts {
    /// The time to establish a connection (TCP and TLS).
    pub fn with_connect(mut self, timeout: Duration) -> Self {
        self.connect = timeout;
        self
    }

    /// The time for one attempt, from connecting to the end of the answer's body.
    pub fn with_attempt(mut self, timeout: Duration) -> Self {
        self.attempt = timeout;
        self
    }

    /// The time for a whole call, retries and delays included.
    pub fn with_total(mut self, timeout: Duration) -> Self {
        self.total = timeout;
        self
    }

    /// The connect timeout.
    pub fn connect(&self) -> Duration {
        self.connect
    }

    /// The per-attempt timeout.
    pub fn attempt(&self) -> Duration {
        self.attempt
    }

    /// The total timeout.
    pub fn total(&self) -> Duration {
        self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_has_one_delay_per_retry() {
        let p = RetryPolicy::default()
            .with_max_attempts(3)
            .with_jitter(false);
        let delays: Vec<_> = p.schedule().collect();
        assert_eq!(
            delays,
            [Duration::from_millis(250), Duration::from_millis(500)]
        );
        assert_eq!(RetryPolicy::none().schedule().count(), 0);
    }

    #[test]
    fn jitter_stays_within_double() {
        let p = RetryPolicy::default().with_max_attempts(10);
        for (i, d) in p.schedule().enumerate() {
            let base = Duration::from_millis(250)
                .mul_f32(2f32.powi(i as i32))
                .min(Duration::from_secs(10));
            assert!(d >= base && d <= base * 2, "{i}: {d:?}");
        }
    }
}
