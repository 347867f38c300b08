import { describe, expect, it } from 'vitest';
import { readBody } from './body.ts';

const describeXml = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeKeyPairsResponse>
  <RequestId>4C467B38-3910-447D-87BC-AC049166F216</RequestId>
  <TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize>
  <KeyPairs>
    <KeyPair>
      <KeyPairName>007</KeyPairName>
      <KeyPairFingerPrint>89:f0:ba:62:ac:b8:aa:e1:61:5e:fd:81:69:86:6d:6b</KeyPairFingerPrint>
      <Tags><Tag><TagKey>a&amp;b</TagKey><TagValue></TagValue></Tag></Tags>
    </KeyPair>
  </KeyPairs>
</DescribeKeyPairsResponse>`;

describe('readBody', () => {
  it('reads JSON as it is', () => {
    expect(readBody('{"RequestId":"r","TotalCount":2}')).toEqual({
      body: { RequestId: 'r', TotalCount: 2 },
      format: 'json',
    });
  });

  it('reads an XML answer into the value its JSON form has: lists as arrays, integers as numbers', () => {
    const read = readBody(describeXml);
    expect(read.format).toBe('xml');
    expect(read.root).toBe('DescribeKeyPairsResponse');
    expect(read.body).toEqual({
      RequestId: '4C467B38-3910-447D-87BC-AC049166F216',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      KeyPairs: {
        KeyPair: [
          {
            KeyPairName: '007',
            KeyPairFingerPrint: '89:f0:ba:62:ac:b8:aa:e1:61:5e:fd:81:69:86:6d:6b',
            Tags: { Tag: [{ TagKey: 'a&b', TagValue: '' }] },
          },
        ],
      },
    });
  });

  it('reads an empty list container as an empty list', () => {
    const xml = '<DescribeKeyPairsResponse><TotalCount>0</TotalCount><KeyPairs/></DescribeKeyPairsResponse>';
    expect(readBody(xml).body).toEqual({ TotalCount: 0, KeyPairs: { KeyPair: [] } });
  });

  it('reads the XML error envelope', () => {
    const xml = '<Error><RequestId>r</RequestId><HostId>h</HostId><Code>X.Y</Code><Message>m</Message></Error>';
    expect(readBody(xml)).toEqual({
      body: { RequestId: 'r', HostId: 'h', Code: 'X.Y', Message: 'm' },
      format: 'xml',
      root: 'Error',
    });
  });

  it('has no body for XML that is not an API envelope, for broken XML and for anything else', () => {
    expect(readBody('<html><body>hello</body></html>')).toEqual({ body: undefined, format: 'xml', root: 'html' });
    expect(readBody('<ImportKeyPairResponse><RequestId>')).toMatchObject({ body: undefined, format: 'xml' });
    expect(readBody('not found')).toEqual({ body: undefined, format: undefined });
    expect(readBody('')).toEqual({ body: undefined, format: undefined });
  });
});
