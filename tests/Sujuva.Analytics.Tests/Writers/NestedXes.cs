namespace Sujuva.Analytics.Tests.Writers;

/// <summary>
/// An XES log with nesting at every level (XES 1849-2016 §5): meta-attributes under typed
/// attributes, lists with and without &lt;values&gt;, containers in containers, a custom extension,
/// globals and classifiers. In case C2 the nested event comes first in the file but last in time.
/// </summary>
internal static class NestedXes
{
    public const string Text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1849-2016" xes.features="nested-attributes">
          <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
          <extension name="Cost" prefix="cost" uri="http://www.xes-standard.org/cost.xesext"/>
          <global scope="trace"><string key="concept:name" value="__INVALID__"/></global>
          <global scope="event">
            <string key="concept:name" value="__INVALID__"/>
            <list key="cost:drivers"/>
            <string key="plain" value=""><boolean key="meta:required" value="false"/></string>
          </global>
          <global><int key="unscoped" value="0"/></global>
          <classifier name="Activity" keys="concept:name"/>
          <classifier name="Activity and resource" scope="event" keys="concept:name org:resource"/>
          <string key="source" value="Sujuva test"><string key="meta:author" value="Äijä &amp; co"/><int key="meta:version" value="2"/></string>
          <list key="log:tags"><values><string key="tag" value="a"/><string key="tag" value="b"/></values></list>
          <trace>
            <string key="concept:name" value="C1"><id key="meta:id" value="5f1e"/></string>
            <container key="client">
              <string key="municipality" value="Espoo"/>
              <int key="age" value="34"/>
              <container key="address"><string key="street" value="Tie 1"/></container>
            </container>
            <float key="score" value="0.5"/>
            <event>
              <string key="concept:name" value="Register"/>
              <date key="time:timestamp" value="2023-01-01T10:00:00.000+00:00"><string key="meta:source" value="clock"/></date>
              <string key="org:resource" value="Anna"/>
              <list key="cost:drivers">
                <int key="meta:count" value="3"/>
                <values>
                  <container key="driver"><string key="name" value="x"/><float key="amount" value="1.5"/></container>
                  <string key="note" value="line&#10;break &lt;&quot;&gt;"/>
                  <list key="inner"><values><boolean key="b" value="true"/></values></list>
                  <string value="keyless"/>
                </values>
              </list>
              <string key="plain" value="p"><boolean key="meta:checked" value="false"/></string>
            </event>
            <event>
              <string key="concept:name" value="Decide"/>
              <date key="time:timestamp" value="2023-01-02T10:00:00.000+00:00"/>
              <string key="plain" value="q"/>
            </event>
          </trace>
          <trace>
            <string key="concept:name" value="C2"/>
            <list key="empty"><values/></list>
            <list key="bare"/>
            <event>
              <string key="concept:name" value="Decide"><string key="meta:label" value="late"/></string>
              <date key="time:timestamp" value="2023-02-01T12:00:00.000+00:00"/>
              <string key="plain" value="nested"><container key="meta:why"><int key="n" value="1"/></container></string>
            </event>
            <event>
              <string key="concept:name" value="Register"/>
              <date key="time:timestamp" value="2023-02-01T11:00:00.000+00:00"/>
              <list key="cost:drivers"><string key="direct" value="no values element"/></list>
            </event>
          </trace>
        </log>
        """;

    /// <summary>The same log in UTF-16, which the XmlReader path reads (the tag walker reads UTF-8 only).</summary>
    public static byte[] Utf16 =>
        [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(Text.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal))];
}
