using Sujuva.Analytics.EventLogs;
using Sujuva.Analytics.ProcessMining;

namespace Sujuva.Analytics.Tests.ProcessMining;

public sealed class VariantsTests
{
    [Fact]
    public void Of_SimpleLog_CountsDescendingThenByActivities()
    {
        var variants = Variants.Of(TestLogs.Simple());

        Assert.Equal([("A B C", 2), ("A C", 1), ("B", 1)], variants.Select(v => (string.Join(' ', v.Activities), v.Cases)));
    }

    [Fact]
    public void Of_PrefixTie_ShorterFirst()
    {
        var b = new EventLogBuilder();
        TestLogs.Add(b, "1", ("A", 0), ("B", 1));
        TestLogs.Add(b, "2", ("A", 0));

        Assert.Equal(["A", "A B"], Variants.Of(b.Build()).Select(v => string.Join(' ', v.Activities)));
    }

    [Fact]
    public void Of_RowOrderLog_KeepsRowOrder() =>
        Assert.Equal(["B", "A"], Variants.Of(TestLogs.InRowOrder(("B", 10), ("A", 5)))[0].Activities);
}
