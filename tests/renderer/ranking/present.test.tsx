import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { twoCampWorkspace } from '../../support/twoCampWorkspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openWorkspaceOn } from './openWorkspace';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const region = (name: string) => screen.queryByRole('region', { name });

describe('Present mode', () => {
  it('shows the reading on one page and the details one key away (D, → and ←)', async () => {
    const { user } = await openWorkspaceOn(main, twoCampWorkspace(), 'Ranking');
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(region('Consensus order')).toBeTruthy();
    expect(region('Alignment')).toBeTruthy();
    expect(region('Discuss these first')).toBeTruthy();
    expect(region('Where each person put each item')).toBeNull();
    expect(region('Agreement between people')).toBeNull();
    expect(screen.getByRole('button', { name: 'Details (D or →)' })).toBeTruthy();

    await user.keyboard('d');
    expect(region('Where each person put each item')).toBeTruthy();
    expect(region('Agreement between people')).toBeTruthy();
    expect(region('Head to head')).toBeTruthy();
    expect(region('Consensus order')).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(region('Consensus order')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(region('Agreement between people')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Summary (D or ←)' }));
    expect(region('Consensus order')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(region('Consensus order')).toBeTruthy();
    expect(region('Agreement between people')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Result pages' })).toBeNull();
  });
});
