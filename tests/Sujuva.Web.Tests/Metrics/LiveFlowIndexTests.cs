using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Metrics;

namespace Sujuva.Web.Tests.Metrics;

public sealed class LiveFlowIndexTests
{
    private static readonly ServiceId[] Services = [.. Enumerable.Range(1, 3).Select(_ => new ServiceId(Guid.NewGuid()))];

    /// <summary>Cases of the three services interleaved, as the log opens them.</summary>
    private static readonly LiveFlow Flow = new(
        [.. Enumerable.Range(0, 30).Select(i => new LiveCase(Services[i * 7 % 3],
            new CaseTimeline($"c{i}", null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i), null, [], [], [])))],
        []);

    [Fact]
    public void CasesOf_OneService_KeepsTheOrderOfAllCases()
    {
        var one = new HashSet<ServiceId> { Services[1] };

        Assert.Equal(Flow.Cases.Where(c => one.Contains(c.ServiceId)), Flow.CasesOf(one));
    }

    [Fact]
    public void CasesOf_TwoServices_InterleavesThemInTheOrderOfAllCases()
    {
        var two = new HashSet<ServiceId> { Services[2], Services[0] };

        Assert.Equal(Flow.Cases.Where(c => two.Contains(c.ServiceId)), Flow.CasesOf(two));
    }

    [Fact]
    public void CasesOf_UnknownService_IsEmpty() =>
        Assert.Empty(Flow.CasesOf(new HashSet<ServiceId> { new(Guid.NewGuid()) }));
}
