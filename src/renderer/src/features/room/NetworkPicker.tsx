import { useState } from 'react';
import type { RoomInterface } from '../../../../shared/ipc/roomContract';

/** How each kind of network reads in the picker: which one to choose is said, not guessed. */
const KIND_WORDS: Record<RoomInterface['kind'], string> = {
  hotspot: 'this laptop’s hotspot, recommended',
  lan: 'the room’s network',
  linkLocal: 'a direct link',
  public: 'a public address: anyone on the internet could try it',
  virtual: 'a virtual or VPN adapter: phones usually cannot reach it',
  loopback: 'this laptop only: phones cannot reach it',
};

export const interfaceLabel = (i: RoomInterface) => `${i.name} · ${i.address} (${KIND_WORDS[i.kind]})`;

/**
 * The network the room link (or the room check) listens on: the facilitator's pick, or
 * else the best one phones can reach. One network, never all of them.
 */
export function useNetworkChoice(interfaces: readonly RoomInterface[] | null) {
  const [chosen, setChosen] = useState('');
  const list = interfaces ?? [];
  const choice = chosen || list.find((i) => i.reachableByPhones)?.name || list[0]?.name || '';
  return { choice, picked: list.find((i) => i.name === choice), setChosen };
}

export function NetworkPicker({
  interfaces,
  value,
  onChange,
}: {
  interfaces: readonly RoomInterface[] | null;
  value: string;
  onChange: (name: string) => void;
}) {
  if (!interfaces || interfaces.length === 0) return null;
  return (
    <label className="room-network">
      Network{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {interfaces.map((i) => (
          <option key={`${i.name}-${i.address}`} value={i.name}>
            {interfaceLabel(i)}
          </option>
        ))}
      </select>
    </label>
  );
}
