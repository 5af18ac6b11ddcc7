import { Card, Flex } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useIsPhone } from '../screen';

/**
 * The card every page sits in, headed by the page's h1. A card head keeps title and actions on one line and
 * cuts the title short, so on a phone both move into the body, where they wrap.
 */
export function PageCard({
  title,
  status,
  extra,
  style,
  children,
}: {
  title: ReactNode;
  /** Beside the title, such as the unread count. */
  status?: ReactNode;
  /** The page's main actions. */
  extra?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const phone = useIsPhone();
  const heading = (
    <Flex wrap gap={8} align="baseline">
      <h1 style={{ fontSize: 18, fontWeight: 600, margin: 0, whiteSpace: 'normal' }}>{title}</h1>
      {status}
    </Flex>
  );
  if (!phone) {
    return (
      <Card title={heading} extra={extra} style={style}>
        {children}
      </Card>
    );
  }
  return (
    <Card style={style} styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        {heading}
        {extra}
      </Flex>
      {children}
    </Card>
  );
}
