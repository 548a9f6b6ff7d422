using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>What makes a programme template whole; each refusal names the field (sessions[2].minutes).</summary>
public static class ProgrammeTemplateRules
{
    public const int MaxSessions = 104, MinMinutes = 15, MaxMinutes = 480, MaxCapacity = 100;

    public static Refusal? Check(string name, ProgrammeRhythm rhythm, IReadOnlyList<SessionPlan> sessions, bool group, int? capacity)
    {
        ArgumentNullException.ThrowIfNull(rhythm);
        ArgumentNullException.ThrowIfNull(sessions);
        if (string.IsNullOrWhiteSpace(name)) return Refusal.Invalid("name", "Programmes.NameMissing", "Name the programme.");
        if (sessions.Count is 0 or > MaxSessions)
            return Refusal.Invalid("sessions", "Programmes.SessionCount", $"A programme has 1 to {MaxSessions} sessions.");
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (string.IsNullOrWhiteSpace(s.Topic)) return Refusal.Invalid($"sessions[{i}].topic", "Programmes.TopicMissing", "Give each session a topic.");
            if (s.Minutes is < MinMinutes or > MaxMinutes)
                return Refusal.Invalid($"sessions[{i}].minutes", "Programmes.SessionLength", $"A session lasts {MinMinutes} to {MaxMinutes} minutes.");
            if (s.VideoLink is { } link && !IsVideoLink(link))
                return Refusal.Invalid($"sessions[{i}].videoLink", "Programmes.VideoLinkNotHttps", "A video link is an https address.");
        }

        if (rhythm.Kind == RhythmKind.WeekOffsets)
        {
            var offsets = rhythm.WeekOffsets ?? [];
            if (offsets.Count != sessions.Count)
                return Refusal.Invalid("rhythm.weekOffsets", "Programmes.WeekOffsetsCount", "Give one week offset per session.");
            if (offsets[0] < 0 || offsets.Zip(offsets.Skip(1)).Any(p => p.Second < p.First))
                return Refusal.Invalid("rhythm.weekOffsets", "Programmes.WeekOffsetsOrder", "Week offsets start at 0 or later and never go back.");
        }

        if (group && capacity is not (>= 2 and <= MaxCapacity))
            return Refusal.Invalid("capacity", "Programmes.Capacity", $"A group takes 2 to {MaxCapacity} clients.");
        return null;
    }

    /// <summary>A video link is an absolute https address (feeds and mails put it where a click opens it).</summary>
    public static bool IsVideoLink(string link) => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
