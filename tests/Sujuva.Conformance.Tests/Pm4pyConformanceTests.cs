using Sujuva.Analytics.ProcessMining;
using Sujuva.Analytics.Readers;

namespace Sujuva.Conformance.Tests;

/// <summary>
/// Every figure of `sujuva analyze` against PM4Py 2.7.14 on the shared logs: counts, activities,
/// start/end activities, DFG edges and frequencies exactly; times (DFG performance, case durations,
/// service times) to 1 ms; variants in order, with the hash of all variants where the reference has one.
/// </summary>
public sealed class Pm4pyConformanceTests
{
    [Theory]
    [MemberData(nameof(ConformanceLog.Names), MemberType = typeof(ConformanceLog))]
    public void Analyze_SharedLog_MatchesPm4py(string name)
    {
        var spec = ConformanceLog.All[name];
        var expected = Pm4pyReference.Load(EventLogsFolder.Reference(spec.Reference), spec.Section);
        var report = ProcessReport.Of(EventLogFiles.Read(spec.LogPath(), spec.Options));

        var d = new Differences();
        d.Equal("cases", expected.Cases, report.Log.Cases);
        d.Equal("events", expected.Events, report.Log.Events);
        d.Equal("activities", expected.ActivityCount, report.Log.Activities);
        d.Counts("activity events", expected.Activities, report.Activities.Select(a => (a.Name, a.Count)));
        d.Counts("start activity", expected.StartActivities, report.StartActivities.Select(a => (a.Name, a.Count)));
        d.Counts("end activity", expected.EndActivities, report.EndActivities.Select(a => (a.Name, a.Count)));
        DirectlyFollowsConformance.Compare(d, expected, report.DirectlyFollows);
        VariantsConformance.Compare(d, expected.Variants, report.Variants);
        TimesConformance.CompareDurations(d, expected.CaseDurations, report.CaseDurations);
        TimesConformance.CompareServiceTimes(d, expected.ServiceTimes, report.ServiceTimes);
        d.AssertNone(name);
    }
}
