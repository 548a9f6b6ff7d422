using System.Collections.Frozen;
using System.Reflection;

namespace Sujuva.Web.Features.EventLog;

/// <summary>
/// Every event type of the log, the one list: readers (metrics, exports, the stand-up) match on these
/// strings, and each has a payload record of the same name (<see cref="IEventPayload"/>). Types are only
/// ever added, never renamed (decision 0002); docs/event-log.md describes each.
/// </summary>
public static class EventTypes
{
    public const string OrganisationCreated = "OrganisationCreated";
    public const string TeamCreated = "TeamCreated";
    public const string ServiceCreated = "ServiceCreated";
    public const string ServiceArchived = "ServiceArchived";
    public const string OrganisationRenamed = "OrganisationRenamed";
    public const string OrganisationArchived = "OrganisationArchived";
    public const string TeamRenamed = "TeamRenamed";
    public const string TeamArchived = "TeamArchived";
    public const string ServiceRenamed = "ServiceRenamed";
    public const string BoardChanged = "BoardChanged";
    public const string BlockReasonNamed = "BlockReasonNamed";
    public const string ClientRegistered = "ClientRegistered";
    public const string CaseOpened = "CaseOpened";
    public const string CaseMoved = "CaseMoved";
    public const string CaseBlocked = "CaseBlocked";
    public const string CaseUnblocked = "CaseUnblocked";
    public const string WorkLogged = "WorkLogged";
    public const string CaseClosed = "CaseClosed";
    public const string CaseReopened = "CaseReopened";
    public const string CaseAssigned = "CaseAssigned";
    public const string CasePaired = "CasePaired";
    public const string CaseUnpaired = "CaseUnpaired";
    public const string ReferralSent = "ReferralSent";
    public const string ReferralAccepted = "ReferralAccepted";
    public const string ReferralDeclined = "ReferralDeclined";
    public const string ImprovementCreated = "ImprovementCreated";
    public const string ImprovementChanged = "ImprovementChanged";
    public const string ProgrammeEnrolled = "ProgrammeEnrolled";
    public const string SessionAttendanceMarked = "SessionAttendanceMarked";
    public const string SessionCancelled = "SessionCancelled";
    public const string SessionRescheduled = "SessionRescheduled";
    public const string SprintCreated = "SprintCreated";
    public const string SprintChanged = "SprintChanged";

    /// <summary>Each type's payload record, by type. Built once; a record without a type here, or a type without a record, stops the app.</summary>
    public static FrozenDictionary<string, Type> Records { get; } = MatchRecords();

    /// <summary>The record of a stored type; an unknown type is an error, not a payload to guess at.</summary>
    public static Type RecordOf(string type) =>
        Records.TryGetValue(type, out var record) ? record
            : throw new InvalidDataException($"'{type}' is not an event type of this log.");

    /// <summary>The type a payload is recorded as: its record's name.</summary>
    public static string Of(IEventPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Records.ContainsKey(payload.GetType().Name) ? payload.GetType().Name
            : throw new InvalidOperationException($"{payload.GetType().Name} is not a payload record.");
    }

    private static FrozenDictionary<string, Type> MatchRecords()
    {
        var names = typeof(EventTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var records = typeof(IEventPayload).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEventPayload).IsAssignableFrom(t))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var unmatched = names.Except(records.Keys).Concat(records.Keys.Except(names)).ToList();
        if (unmatched.Count > 0)
            throw new InvalidOperationException($"Event types and payload records differ: {string.Join(", ", unmatched)}.");
        return records.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
