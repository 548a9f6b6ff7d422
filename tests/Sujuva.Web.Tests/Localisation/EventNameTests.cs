using System.Xml.Linq;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Tests.Localisation;

/// <summary>
/// Every event type has a human name ("Event.{type}") for the case journey and the stand-up, so a page never
/// shows a raw type such as "CaseMoved" (Finnish and Swedish follow from <see cref="ResourceCompletenessTests"/>).
/// </summary>
public sealed class EventNameTests
{
    [Fact]
    public void EveryEventType_HasAName()
    {
        var known = XDocument.Load(Path.Combine(SourceTree.Root, "src", "Sujuva.Web", "Resources", "Strings.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        Assert.Empty(EventTypes.Records.Keys.Where(type => !known.Contains($"Event.{type}")));
    }
}
