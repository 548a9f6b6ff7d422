using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Components.Pages.Sprints;

/// <summary>
/// The timer a page counts on its own: the run view's remaining seconds at the server's instant At, less the time
/// since (nothing while paused). Negative: overtime.
/// </summary>
public static class SprintCountdown
{
    public static int Remaining(ExerciseRunView current, DateTime at, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current.Paused ? current.RemainingSeconds : current.RemainingSeconds - (int)Math.Floor((now - at).TotalSeconds);
    }

    /// <summary>mm:ss (h:mm:ss from an hour up) of the seconds' absolute value.</summary>
    public static string Format(int seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}" : $"{span.Minutes:00}:{span.Seconds:00}";
    }
}
