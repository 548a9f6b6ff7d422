namespace Sujuva.Web.Features.Sprints;

/// <summary>Section "Sprints" of the configuration.</summary>
public sealed class SprintFileOptions
{
    /// <summary>The largest sketch or prototype file stored, in bytes (default 5 MB); a larger one is refused with 413.</summary>
    public int MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
