import { Component } from 'preact';
import { loadPermissions, type Permissions } from '../../api/person';
import { appPathPrefix } from '../../api/guest-space';
import type { PersonFacts } from '../../model/person';
import type { RecordView } from '../../model/record-acl';
import type { AppSettings, Directory, FormField } from '../../model/types';
import type { Language, Translate } from '../../i18n';
import { AllApps } from '../apps/AllApps';
import { Lenses } from './Lenses';
import { PersonLens } from './PersonLens';
import { RecordLens } from './RecordLens';

interface LensBarProps {
  appId: string;
  settings: AppSettings;
  directory: Directory;
  /** The live form's fields: labels of the fields recipients come from. */
  fields?: Map<string, FormField>;
  creator?: string;
  pending: boolean;
  t: Translate;
  language: Language;
  /** The person the person lens checked (the panel keeps it: the matrices highlight their rows), and the change. */
  person?: PersonFacts;
  onPerson: (person?: PersonFacts) => void;
  /** Moves to a row or notification of the matrix (a record answer's place). */
  onShow: (key: string) => void;
  /** The view across apps wrote this app: the panel reads it again. */
  onWritten: () => void;
}

interface LensBarState {
  recordView?: { id: string; view: RecordView };
}

/**
 * The lens toolbar: the person lens, the record lens and the view across apps. A person and a record checked
 * together give a verdict per notification (see model/verdict.ts); both lenses share one read of the app's and the
 * record permissions, made the first time a person is checked.
 */
export class LensBar extends Component<LensBarProps, LensBarState> {
  private read?: Promise<Permissions>;
  private permissions = () => (this.read ??= loadPermissions(this.props.appId, 'live'));

  render(props: LensBarProps, { recordView }: LensBarState) {
    const { appId, settings, directory, creator, person, t } = props;
    return (
      <Lenses>
        <PersonLens
          appId={appId}
          settings={settings}
          directory={directory}
          creator={creator}
          pending={props.pending}
          inGuestSpace={appPathPrefix() !== '/k/'}
          permissions={this.permissions}
          recordView={recordView}
          t={t}
          onPerson={props.onPerson}
        />
        <RecordLens
          appId={appId}
          settings={settings}
          directory={directory}
          fields={props.fields}
          person={person}
          permissions={this.permissions}
          creator={creator}
          onRecordView={(seen) => this.setState({ recordView: seen })}
          onShow={props.onShow}
          t={t}
        />
        <AllApps t={t} language={props.language} onWritten={props.onWritten} />
      </Lenses>
    );
  }
}
