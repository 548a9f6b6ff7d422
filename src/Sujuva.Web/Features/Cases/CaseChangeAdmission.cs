using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>Settings "Cases:ConcurrentChanges" (0 = twice the processor count) and "Cases:QueuedChanges".</summary>
public sealed class CaseChangeAdmissionOptions
{
    public int ConcurrentChanges { get; set; }
    public int QueuedChanges { get; set; } = 4096;
}

/// <summary>
/// Case changes are admitted a few at a time in arrival order. When a burst comes in (a whole team
/// moving cards after a stand-up, an integration replaying), every change otherwise slows every other
/// one on a small host; queued, each waits only for those ahead of it (docs/decisions/0009).
/// A full queue answers 503 with Retry-After and changes nothing.
/// </summary>
public sealed class CaseChangeAdmission : IRateLimiterPolicy<string>
{
    public const string Policy = "case-changes";
    private readonly ConcurrencyLimiterOptions _limits;

    public CaseChangeAdmission(IConfiguration configuration)
    {
        var options = configuration.GetSection("Cases").Get<CaseChangeAdmissionOptions>() ?? new();
        _limits = new ConcurrencyLimiterOptions
        {
            PermitLimit = options.ConcurrentChanges > 0 ? options.ConcurrentChanges : 2 * Environment.ProcessorCount,
            QueueLimit = options.QueuedChanges,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = "1";
        await Problems.From(Refusal.Busy("", "Cases.Busy",
            "The service is taking in more changes than it can queue; nothing was changed. Try again in a second.",
            "Too many changes at once.")).ExecuteAsync(http);
    };

    // One partition: the limit protects the host, whoever sends.
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter(Policy, _ => _limits);
}
