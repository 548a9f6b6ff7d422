namespace Sujuva.Conformance.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Build_Loads() => Assert.NotNull(typeof(SmokeTests).Assembly);
}
