using Polly;
using Polly.Retry;
using PovertyEtl.Warehouse;
using Serilog;

namespace PovertyEtl.Hosting;

/// <summary>
/// Retries what a transient warehouse fault interrupted (see <see cref="TransientFaults"/>), with
/// exponential backoff and jitter: 1, 2, 4 s. A file's transaction rolled back before each retry.
/// </summary>
public static class FaultRetry
{
    public static ResiliencePipeline Create(ILogger log, int attempts = 3, TimeSpan? firstDelay = null) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFaults.IsTransient),
                MaxRetryAttempts = attempts,
                Delay = firstDelay ?? TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = retry =>
                {
                    log.Warning(retry.Outcome.Exception, "Transient warehouse fault, attempt {Attempt} of {Attempts} in {Delay}",
                        retry.AttemptNumber + 1, attempts, retry.RetryDelay);
                    return default;
                },
            })
            .Build();
}
