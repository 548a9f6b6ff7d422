namespace Sujuva.Web.Platform.Jobs;

/// <summary>Section "Jobs" of the configuration.</summary>
public sealed class JobsOptions
{
    /// <summary>How often a runner looks for due jobs; a job is handled at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claim holds: a handler must finish within it, and a dead holder's job waits this long.</summary>
    public TimeSpan LeaseLength { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a job is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each later one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    internal TimeSpan RetryDelayAfter(int attempt) => RetryDelay * Math.Pow(2, Math.Max(0, attempt - 1));
}
